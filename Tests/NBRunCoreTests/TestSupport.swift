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

/// Whether golden files should be rewritten (only on purpose: NBRUN_RECORD=1).
let recording = ProcessInfo.processInfo.environment["NBRUN_RECORD"] == "1"
