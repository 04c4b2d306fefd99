import Foundation
import Testing
@testable import NBRunCore

/// output/ holds the rendered reports of the bundled lessons. Re-rendering every lesson
/// in process, with the code of this build, must reproduce them byte for byte: this is
/// both the golden test of the reports and the determinism check. (`make render`
/// updates output/; it is the only way to record these goldens.)
@Suite(.serialized) struct CommittedReportsTests {
    static var lessons: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/notebooks")) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { "notebooks/\($0)" }
    }

    /// Every lesson rendered once, in process, into a fresh directory.
    static let rendered: (directory: String, status: Int32, errors: String) = {
        let output = temporaryDirectory()
        let run = runNotebooks(lessons, output: output)
        return (output, run.status, run.diagnostics)
    }()

    @Test func everyLessonRerendersToTheCommittedBytes() throws {
        let output = Self.rendered.directory
        #expect(Self.rendered.status == 0, "nbrun failed:\n\(Self.rendered.errors)")
        #expect(Self.rendered.errors.isEmpty, "the lessons render without warnings")
        let committed = files(under: "\(packageRoot)/output")
        let fresh = files(under: output)
        #expect(fresh == committed, "the set of files differs from output/; run `make render` and commit")
        for name in fresh {
            #expect(FileManager.default.contentsEqual(atPath: "\(output)/\(name)", andPath: "\(packageRoot)/output/\(name)"),
                    "output/\(name) is not what nbrun renders now; run `make render` and commit")
        }
    }

    @Test func indexLinksEveryLessonWithItsTitle() throws {
        let index = contents("\(packageRoot)/output/index.html")
        for lesson in Self.lessons {
            let name = lesson.dropFirst("notebooks/".count).dropLast(3)
            #expect(index.contains("href=\"\(name).html\""))
        }
    }
}

/// Runs a program and collects its output.
func runProcess(_ path: String, _ arguments: [String]) throws -> (status: Int32, standardOutput: String, standardError: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}
