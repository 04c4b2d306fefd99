import NotebookKit
import Testing

/// Issue 16, cause 2: cmark ends a line at `\n`, `\r\n` and a lone `\r`; every other
/// stage must count the same lines, or a fence's column lands past its line's end.
@Suite("Line endings: LF, CRLF and lone CR give the same notebook and locations")
struct LineEndingTests {
    private func location(_ line: Int, _ column: Int) -> NotebookKit.SourceLocation {
        SourceLocation(path: "x.md", line: line, column: column)
    }

    /// A notebook written with `\n`, for rewriting with other line endings.
    private let lfNotebook = """
        ---
        title: T
        ---
        Some $x+y$ text.

          ```{train epochs=3}
          lr: 0.1
          ```
        After $$\\frac12$$.

        """

    @Test("The 21-byte file 'x\\r\\r\\r```{dataset}\\n```\\n' (fuzzer crash) reads a step on line 4")
    func fuzzerCrash() throws {
        let notebook = try TestSupport.parse("x\r\r\r```{dataset}\n```\n")
        let step = try #require(notebook.steps.first)
        #expect(step.name == "dataset")
        #expect(step.location == location(4, 1))
        #expect(step.nameLocation == location(4, 5))
    }

    @Test("CRLF and lone CR notebooks parse to the LF notebook, locations included",
          arguments: ["\r\n", "\r"])
    func sameAsLF(ending: String) throws {
        let expected = try TestSupport.parse(lfNotebook)
        let parsed = try TestSupport.parse(lfNotebook.replacingOccurrences(of: "\n", with: ending))
        #expect(parsed.frontMatter.title == "T")
        #expect(TestSupport.proseHTML(parsed) == TestSupport.proseHTML(expected))
        #expect(TestSupport.mathSpans(parsed) == TestSupport.mathSpans(expected))
        // Inline `$x+y$`: TeX at line 4, byte 7; display on line 9 from byte 9.
        #expect(TestSupport.mathSpans(parsed).map(\.location) == [location(4, 7), location(9, 9)])
        let step = try #require(parsed.steps.first)
        #expect(step.location == location(6, 3))
        #expect(step.lines == [
            StepLine(kind: .option(key: "lr", value: "0.1", valueLocation: location(7, 7)),
                     location: location(7, 3), text: "lr: 0.1"),
        ])
        #expect(step.source == "lr: 0.1\n")
    }

    @Test("A lone CR notebook's error is located on the right line, with its source line")
    func loneCRError() {
        let text = "# T\r\r```{train}\rweights: [1, 2\r```\r"
        #expect(TestSupport.formattedError(text) == """
            x.md:4:10: error: '[' is never closed before the end of the step
            weights: [1, 2
                     ^
            note: a value whose '[' is open continues on the next lines until its ']'

            """)
    }

    @Test("Mixed endings: each of \\n, \\r\\n and \\r ends exactly one line")
    func mixed() throws {
        let source = SourceFile(path: "x.md", text: "a\r\nb\rc\n\r\nd\r")
        #expect(source.lines == ["a", "b", "c", "", "d", ""])
        #expect(source.text == "a\nb\nc\n\nd\n")
    }

    @Test("A NUL byte reads as U+FFFD, as cmark reads it, so later columns agree")
    func nul() throws {
        let notebook = try TestSupport.parse("a\u{0}b $x$\n")
        // 'a' + U+FFFD (3 bytes) + 'b' + ' ' + '$': the TeX starts at byte 8.
        #expect(TestSupport.mathSpans(notebook).map(\.location) == [location(1, 8)])
    }
}
