import Foundation
import Testing
@testable import NBRunCore

/// The package root, found from this file's path.
let packageRoot: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    // Notebook paths in messages are relative to the working directory, as the user typed them.
    FileManager.default.changeCurrentDirectoryPath(root)
    return root
}()

/// A fresh empty directory under the system's temporary directory.
func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "nbrun-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Collects what a run prints on standard error.
final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    var text: String { lock.withLock { buffer } }
    func append(_ text: String) { lock.withLock { buffer += text } }
}

/// Runs nbrun in-process on `notebooks`, quietly, into `output`; returns the status and the diagnostics.
func runNotebooks(_ notebooks: [String], output: String, configure: (inout RunConfiguration) -> Void = { _ in }) -> (status: Int32, diagnostics: String) {
    _ = packageRoot
    var configuration = RunConfiguration(notebooks: notebooks, outputDirectory: output, quiet: true)
    configure(&configuration)
    let captured = CapturedOutput()
    let runner = NotebookRunner(
        configuration: configuration, progress: ProgressReporter(mode: .quiet),
        diagnosticsOutput: { captured.append($0) })
    let status = runner.run()
    return (status, captured.text)
}

/// Every regular file under `directory`, as relative paths, sorted.
func files(under directory: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var result: [String] = []
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result.append(path)
        }
    }
    return result.sorted()
}

func contents(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

/// The golden files this target keeps, each re-recorded by its own command
/// (`make record-docs`, `make record-errors`), never by a plain test run.
enum Golden: String {
    /// The generated step reference in docs/notebook-format.md.
    case docs
    /// The expected diagnostics of Fixtures/errors/*.md.
    case errors

    /// Whether this run re-records this kind (`NBRUN_RECORD=docs`, …).
    var isRecording: Bool {
        ProcessInfo.processInfo.environment["NBRUN_RECORD"] == rawValue
    }

    /// Writes `text` to `path` and fails the test: a recording run never passes, so a
    /// stray NBRUN_RECORD cannot turn a golden test green.
    func record(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        Issue.record("recorded \(path) (NBRUN_RECORD=\(rawValue)); review the diff and run the tests again without NBRUN_RECORD")
    }
}

/// The `nbrun` executable built beside this test bundle (swift-argument-parser's
/// test helpers do the same): the code of this build, never an older binary.
let builtExecutable: String = {
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    return bundle.appendingPathComponent("nbrun").path
}()
