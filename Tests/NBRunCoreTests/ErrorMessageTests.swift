import Foundation
import Testing
@testable import NBRunCore

/// Every notebook mistake gives `path:line:col: error: message`, the source line and a
/// caret, exit status 1, and writes nothing. The expected texts sit beside each
/// fixture as `NAME.expected` (re-record on purpose with `make record-errors`).
@Suite struct ErrorMessageTests {
    static let directory = "Tests/NBRunCoreTests/Fixtures/errors"
    static let fixtures = [
        "unknown-step", "unknown-option", "bad-value", "layer-mismatch", "data-mismatch", "missing-file",
        "unterminated-front-matter", "invalid-yaml", "unknown-parameter", "bad-matrix", "ragged-csv",
        "wrong-kind", "needs-model", "unknown-layer",
        // Every step's options are checked before the first step runs.
        "late-bad-option",
        // One shape check (the engine's), with the notebook's hint.
        "one-hot-hint",
        // Inline Markdown options are parsed where they are read, at their own place.
        "caption-block",
    ]

    @Test(arguments: fixtures)
    func mistakeIsReportedWithLocationAndCaret(_ name: String) throws {
        let output = temporaryDirectory()
        let notebook = "\(Self.directory)/\(name).md"
        let result = runNotebooks([notebook], output: output)
        let expectedPath = "\(packageRoot)/\(Self.directory)/\(name).expected"
        if Golden.errors.isRecording {
            try Golden.errors.record(result.diagnostics, to: expectedPath)
            return
        }
        #expect(result.status == 1)
        #expect(result.diagnostics == contents(expectedPath))
        #expect(result.diagnostics.hasPrefix("\(Self.directory)/\(name).md:") || result.diagnostics.hasPrefix("\(Self.directory)/ragged.csv:"))
        #expect(result.diagnostics.contains(": error: "))
        #expect(result.diagnostics.contains("^"))
        #expect(files(under: output).isEmpty, "nothing may be written for a notebook with an error")
    }

    @Test func unknownNotebookFileIsAnErrorWithoutLocation() {
        let output = temporaryDirectory()
        let result = runNotebooks(["no/such/notebook.md"], output: output)
        #expect(result.status == 1)
        #expect(result.diagnostics == "no/such/notebook.md: error: no such file\n")
    }

    @Test func setOfUndeclaredParameterIsAnError() {
        let output = temporaryDirectory()
        let result = runNotebooks(["\(Self.directory)/unknown-parameter.md"], output: output) {
            $0.overrides = [("rat", "0.2")]
        }
        #expect(result.status == 1)
        #expect(result.diagnostics.contains("error: --set rat: the notebook has no parameter 'rat'"))
        #expect(result.diagnostics.contains("note: did you mean '--set rate=…'?"))
    }
}
