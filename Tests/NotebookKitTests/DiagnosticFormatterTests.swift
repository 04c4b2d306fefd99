import NotebookKit
import Testing

@Suite("Diagnostics are printed compiler style with a caret")
struct DiagnosticFormatterTests {
    private func format(_ line: String, column: Int, length: Int) -> String {
        let diagnostic = Diagnostic.error(
            "bad", at: NotebookKit.SourceLocation(path: "x.md", line: 2, column: column), length: length)
        return DiagnosticFormatter().format(diagnostic, source: SourceFile(path: "x.md", text: "first\n\(line)\nlast"))
    }

    @Test("Tabs before the column are kept so the caret lines up")
    func tabs() {
        // "\t\tlr: x": 'x' is byte 7 (two tabs, "lr: " is 4 bytes).
        #expect(format("\t\tlr: x", column: 7, length: 1) == "x.md:2:7: error: bad\n\t\tlr: x\n\t\t    ^\n")
    }

    @Test("Multi-byte characters take one column on screen, several in the location")
    func utf8() {
        // "é: ü x": 'é' bytes 1-2, ':' 3, ' ' 4, 'ü' 5-6, ' ' 7, 'x' 8. The caret needs 5 spaces (é, :, space, ü, space).
        #expect(format("é: ü x", column: 8, length: 1) == "x.md:2:8: error: bad\né: ü x\n     ^\n")
        // A span of 3 characters that are 4 bytes ("üab") underlines 3 characters.
        #expect(format("é: üab", column: 5, length: 4) == "x.md:2:5: error: bad\né: üab\n   ^~~\n")
    }

    @Test("Notes follow the caret; a location past the text prints no source line")
    func notesAndMissingLines() {
        let diagnostic = Diagnostic.error(
            "unknown option 'epoch'; did you mean 'epochs'?",
            at: NotebookKit.SourceLocation(path: "n.md", line: 9, column: 1), length: 5, notes: ["see the step reference"])
        #expect(DiagnosticFormatter().format(diagnostic, source: SourceFile(path: "n.md", text: "a\n"))
            == "n.md:9:1: error: unknown option 'epoch'; did you mean 'epochs'?\nnote: see the step reference\n")
        #expect(DiagnosticFormatter().format(diagnostic, source: nil)
            == "n.md:9:1: error: unknown option 'epoch'; did you mean 'epochs'?\nnote: see the step reference\n")
    }
}
