import Foundation
import Testing
@testable import NBRunCore

/// Issue 16 point 3, in part: names that clash, and what a killed run leaves behind.
@Suite struct OutputSafetyTests {
    /// `a/x.md b/x.md` used to overwrite each other silently.
    @Test func twoNotebooksWithOneStemAreAUsageError() throws {
        try #require(FileManager.default.isExecutableFile(atPath: builtExecutable), "swift test builds nbrun beside the tests")
        let folder = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        try "# Another xor\n".write(toFile: folder + "/b/xor.md", atomically: true, encoding: .utf8)
        let output = temporaryDirectory() + "/out"
        let run = try runProcess(builtExecutable, ["notebooks/xor.md", folder + "/b/xor.md", "-o", output])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix(
            "Error: notebooks/xor.md and \(folder)/b/xor.md would both write xor.html; render them into different -o folders\n"))
        #expect(!FileManager.default.fileExists(atPath: output), "nothing runs")
    }

    @Test func stemClashIgnoresTheSamePathGivenTwice() {
        #expect(OutputLayout.stemClash(["a/x.md", "a/x.md", "y.md"]) == nil)
        #expect(OutputLayout.stemClash(["a/x.md", "y.md", "b/x.md"])?.second == "b/x.md")
    }

    /// A run killed while writing leaves `.NAME.PID.tmp`; the next run removes it (the
    /// process 2147483647 cannot exist), and keeps other hidden files.
    @Test func strayTemporariesOfDeadRunsAreRemoved() throws {
        let output = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: output + "/xor", withIntermediateDirectories: true)
        let strays = [output + "/.xor.html.2147483647.tmp", output + "/xor/.training-1.json.2147483647.tmp"]
        for path in strays { try "half".write(toFile: path, atomically: false, encoding: .utf8) }
        try "keep".write(toFile: output + "/.keep", atomically: false, encoding: .utf8)
        let run = runNotebooks(["notebooks/xor.md"], output: output)
        #expect(run.status == 0, "\(run.diagnostics)")
        for path in strays { #expect(!FileManager.default.fileExists(atPath: path)) }
        #expect(FileManager.default.fileExists(atPath: output + "/.keep"))
        #expect(FileManager.default.fileExists(atPath: output + "/xor.html"))
    }
}
