import NotebookKit
import Testing

/// Issue 16, point 10: a file that is not UTF-8 is reported at its first bad byte.
@Suite("UTF-8 check: the first ill-formed byte, with its line and byte column")
struct UTF8CheckTests {
    private func error(_ bytes: [UInt8]) -> Diagnostic? {
        UTF8Check.firstError(in: bytes, path: "x.md")
    }

    @Test("Well-formed text, including 2-, 3- and 4-byte characters, passes")
    func wellFormed() {
        #expect(error(Array("é ∑ 𝐱 \u{10FFFF}\r\n".utf8)) == nil)
        #expect(error([]) == nil)
    }

    @Test("A stray 0xFF on line 3 (after LF, CRLF or a lone CR) is at 3:3",
          arguments: ["\n", "\r\n", "\r"])
    func located(ending: String) throws {
        let bytes = Array("a\(ending)bc\(ending)xy".utf8) + [0xFF] + Array("z".utf8)
        let diagnostic = try #require(error(bytes))
        #expect(diagnostic.location == SourceLocation(path: "x.md", line: 3, column: 3))
        #expect(diagnostic.message == "the file is not valid UTF-8 text: byte 0xFF does not start a UTF-8 character")
    }

    /// Each sequence is ill-formed by RFC 3629 table 3-7; the error is at its first byte (column 2).
    @Test("Overlong, surrogate, too-large and cut-short sequences are refused at their lead byte",
          arguments: [[0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                      [0xC3], [0xE2, 0x88], [0x80], [0xC3, 0x41]] as [[UInt8]])
    func illFormed(sequence: [UInt8]) throws {
        let diagnostic = try #require(error([0x61] + sequence))
        #expect(diagnostic.location.column == 2)
    }
}

/// Issue 16, point 5: DEL (U+007F) and other controls passed from the notebook into the HTML.
@Suite("Control characters: refused in a notebook at their place")
struct ControlCharacterTests {
    @Test("DEL, a C0 control and a C1 control are located errors",
          arguments: [("\u{7F}", "007F"), ("\u{1B}", "001B"), ("\u{85}", "0085")])
    func refused(character: String, code: String) {
        #expect(TestSupport.formattedError("# Tïtle\n\nab\(character)c\n") == """
            x.md:3:3: error: control character U+\(code) is not allowed in a notebook
            ab\(character)c
              ^
            note: delete it; it is invisible in most editors

            """)
    }

    @Test("Tab and form feed are allowed")
    func allowed() throws {
        let notebook = try TestSupport.parse("a\tb\u{0C}c\n")
        #expect(TestSupport.proseHTML(notebook) == "<p>a\tb\u{0C}c</p>\n")
    }

    @Test("A control character from a YAML escape in inline Markdown becomes U+FFFD")
    func inline() throws {
        let pieces = try NotebookParser().renderInline("a\u{7F}b", at: SourceLocation(path: "x.md", line: 1, column: 1))
        #expect(TestSupport.render(pieces) == "a\u{FFFD}b")
    }
}
