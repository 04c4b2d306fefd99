import Foundation
import Testing
@testable import NBRunCore

/// The command line as a user meets it: help with examples, version, exit statuses.
/// These run the `nbrun` executable of this very build (see ``builtExecutable``).
@Suite struct CommandLineTests {
    var binary: String { builtExecutable }

    @Test func helpHasExamples() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds nbrun beside the tests")
        let run = try runProcess(binary, ["--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("EXAMPLES:"))
        #expect(run.standardOutput.contains("nbrun notebooks/xor.md"))
        #expect(run.standardOutput.contains("--set <name=value>"))
    }

    /// `--list-steps` prints the step reference written from the steps' own declarations.
    @Test func listStepsPrintsTheGeneratedReference() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds nbrun beside the tests")
        let run = try runProcess(binary, ["--list-steps"])
        #expect(run.status == 0)
        #expect(run.standardOutput == StepReference.markdown())
        #expect(run.standardOutput.contains("| `epsilon` | number > 0 | `1e-7` |"), "Adam's ε is the engine's default")
    }

    @Test func versionIsPrinted() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds nbrun beside the tests")
        let run = try runProcess(binary, ["--version"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "nbrun \(nbrunVersion)\n")
    }

    @Test(arguments: [[], ["--set", "novalue", "notebooks/xor.md"], ["--no-such-flag", "notebooks/xor.md"]])
    func usageErrorsExitWithTwo(_ arguments: [String]) throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds nbrun beside the tests")
        let run = try runProcess(binary, arguments)
        #expect(run.status == 2)
        #expect(run.standardError.contains("Error:"))
        #expect(run.standardError.contains("nbrun --help"))
    }

    @Test func notebookErrorsExitWithOne() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds nbrun beside the tests")
        let run = try runProcess(binary, ["Tests/NBRunCoreTests/Fixtures/errors/unknown-step.md", "-o", temporaryDirectory()])
        #expect(run.status == 1)
        #expect(run.standardError.contains("Tests/NBRunCoreTests/Fixtures/errors/unknown-step.md:3:5: error: unknown step '{trian}'; did you mean '{train}'?\n```{trian}\n    ^~~~~\n"))
    }

    @Test func plainProgressLinesWhenNotATerminal() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds nbrun beside the tests")
        let run = try runProcess(binary, ["notebooks/xor.md", "-o", temporaryDirectory()])
        #expect(run.status == 0)
        #expect(run.standardError.contains("notebooks/xor.md [5/9] train\n"))
        #expect(run.standardError.contains("  epoch 1000/1000  loss "))
        #expect(!run.standardError.contains("\r"), "no live line when standard error is not a terminal")
    }
}
