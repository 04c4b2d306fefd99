import NotebookKit
import Testing

@Suite("Math is found before cmark and handed back as pieces")
struct MathProtectionTests {
    private func html(_ markdown: String, safe: Bool = false) throws -> String {
        TestSupport.proseHTML(try TestSupport.parse(markdown, options: .init(safe: safe)))
    }

    @Test("Asterisks inside formulas never become emphasis")
    func noEmphasisInsideMath() throws {
        #expect(try html("$a*b$ or $c*d$\n") == "<p>⟦a*b⟧ or ⟦c*d⟧</p>\n")
    }

    @Test("Backslash escapes inside TeX stay as written")
    func texEscapesUntouched() throws {
        #expect(try html("Sets $\\{x \\mid x > 0\\}$ here.\n") == "<p>Sets ⟦\\{x \\mid x > 0\\}⟧ here.</p>\n")
        #expect(try html("$a\\$b$\n") == "<p>⟦a\\$b⟧</p>\n")
    }

    @Test("Dollars in code spans, fenced and indented code stay literal")
    func codeIsNeverMath() throws {
        #expect(try html("Use `$x$` here\n") == "<p>Use <code>$x$</code> here</p>\n")
        #expect(try html("``a $b` c$``\n") == "<p><code>a $b` c$</code></p>\n")
        #expect(try html("```python\nprice = \"$5 $6\"\n```\n")
            == "<pre><code class=\"language-python\">price = &quot;$5 $6&quot;\n</code></pre>\n")
        #expect(try html("    $x$ and \\(y\\)\n") == "<pre><code>$x$ and \\(y\\)\n</code></pre>\n")
    }

    @Test("Raw HTML, HTML blocks and autolinks are not searched for math")
    func htmlIsNeverMath() throws {
        #expect(try html("<span title=\"$x$\">$y$</span>\n") == "<p><span title=\"$x$\">⟦y⟧</span></p>\n")
        #expect(try html("<div>\n$x$\n</div>\n") == "<div>\n$x$\n</div>\n")
        #expect(try html("<http://a.example/$x$>\n")
            == "<p><a href=\"http://a.example/$x$\">http://a.example/$x$</a></p>\n")
    }

    @Test("An escaped dollar is a literal dollar")
    func escapedDollars() throws {
        #expect(try html("\\$5 and \\$6\n") == "<p>$5 and $6</p>\n")
    }

    @Test("Prices are not math: blank after the opening $, digit after the closing $")
    func pricesAreNotMath() throws {
        // Closing '$' before '6' has a blank before it: no formula.
        #expect(try html("$5 and $6\n") == "<p>$5 and $6</p>\n")
        #expect(try html("$20,000 and $30,000\n") == "<p>$20,000 and $30,000</p>\n")
        // The only candidate closing '$' is followed by a digit.
        #expect(try html("$1$2\n") == "<p>$1$2</p>\n")
        // An opening '$' followed by a blank never opens.
        #expect(try html("a $ b$\n") == "<p>a $ b$</p>\n")
    }

    @Test("Display math may span lines inside a paragraph")
    func displayMathAcrossLines() throws {
        let notebook = try TestSupport.parse("Loss:\n$$\nL = \\sum_i x_i\n$$\nend\n")
        #expect(TestSupport.proseHTML(notebook) == "<p>Loss:\n⟦⟦\nL = \\sum_i x_i\n⟧⟧\nend</p>\n")
        let span = try #require(TestSupport.mathSpans(notebook).first)
        #expect(span.display)
        // The TeX's first byte is the line break right after '$$' (line 2, column 3).
        #expect(span.location == SourceLocation(path: "x.md", line: 2, column: 3))
    }

    @Test("Display math in a block quote loses the '>' markers")
    func displayMathInBlockQuote() throws {
        let notebook = try TestSupport.parse("> $$\n> a + b\n> $$\n")
        #expect(TestSupport.proseHTML(notebook) == "<blockquote>\n<p>⟦⟦\na + b\n⟧⟧</p>\n</blockquote>\n")
    }

    @Test("\\( \\) and \\[ \\] are math; \\\\( is an escaped backslash")
    func backslashDelimiters() throws {
        #expect(try html("so \\(x+1\\) and \\[y\\]\n") == "<p>so ⟦x+1⟧ and ⟦⟦y⟧⟧</p>\n")
        #expect(try html("\\\\(x\\\\)\n") == "<p>\\(x\\)</p>\n")
        // No closing delimiter: the escapes stay CommonMark escapes.
        #expect(try html("\\[not a link](/foo)\n") == "<p>[not a link](/foo)</p>\n")
    }

    @Test("Link destinations are raw: math is neither looked for nor broken there")
    func linkDestinations() throws {
        #expect(try html("[link](\\(foo\\))\n") == "<p><a href=\"(foo)\">link</a></p>\n")
        #expect(try html("[a](/u/$x$)\n") == "<p><a href=\"/u/$x$\">a</a></p>\n")
    }

    @Test("A formula in a link title or image alt text goes back as escaped source")
    func mathInAttributes() throws {
        #expect(try html("[a](/u \"cost $x<y$\")\n") == "<p><a href=\"/u\" title=\"cost $x&lt;y$\">a</a></p>\n")
        #expect(try html("![area $\\pi r^2$](c.png)\n") == "<p><img src=\"c.png\" alt=\"area $\\pi r^2$\" /></p>\n")
        #expect(try html("[see $x$](/u)\n") == "<p><a href=\"/u\">see ⟦x⟧</a></p>\n")
    }

    @Test("Math locations count UTF-8 bytes, after multi-byte characters")
    func locationsCountBytes() throws {
        // Line 1: "é" is 2 bytes, so "é $x$" puts 'x' at byte 5.
        // Line 3: "> Ünïcode ≥ $y$": '>'1, ' '2, "Ünïcode" 9 bytes (3-11), ' '12, '≥' 3 bytes (13-15), ' '16, '$'17, 'y' 18.
        let notebook = try TestSupport.parse("é $x$\n\n> Ünïcode ≥ $y$\n")
        let spans = TestSupport.mathSpans(notebook)
        #expect(spans.map(\.tex) == ["x", "y"])
        #expect(spans.map(\.location) == [
            SourceLocation(path: "x.md", line: 1, column: 5),
            SourceLocation(path: "x.md", line: 3, column: 18),
        ])
    }

    @Test("A formula spanning lines does not shift the lines of later steps")
    func lineMapAfterMultilineMath() throws {
        let notebook = try TestSupport.parse("text $$\na\n$$ more\n\n```{train}\nepochs: 3\n```\n")
        let step = try #require(notebook.steps.first)
        #expect(step.location == SourceLocation(path: "x.md", line: 5, column: 1))
        #expect(step.lines.first?.location == SourceLocation(path: "x.md", line: 6, column: 1))
    }

    @Test("Safe mode omits raw HTML and drops unsafe links, math still works")
    func safeMode() throws {
        let markdown = "<b>x</b> $y$ [a](javascript:alert(1))\n\n<div>hi</div>\n"
        #expect(try html(markdown, safe: true)
            == "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --> ⟦y⟧ <a href=\"\">a</a></p>\n<!-- raw HTML omitted -->\n")
        #expect(try html(markdown, safe: false)
            == "<p><b>x</b> ⟦y⟧ <a href=\"javascript:alert(1)\">a</a></p>\n<div>hi</div>\n")
    }

    @Test("Inline markdown for captions: no <p>, math located in the notebook")
    func renderInline() throws {
        let pieces = try NotebookParser().renderInline(
            "Loss, *log* $\\log L$", at: SourceLocation(path: "x.md", line: 7, column: 20))
        // '$' is byte 13 of the caption, so the TeX starts at byte 14: column 20 + 13.
        #expect(pieces == [
            .html("Loss, <em>log</em> "),
            .math(MathSpan(tex: "\\log L", display: false, location: SourceLocation(path: "x.md", line: 7, column: 33))),
        ])
        #expect(throws: Diagnostic.self) {
            try NotebookParser().renderInline("# Not a caption", at: SourceLocation(path: "x.md", line: 1, column: 1))
        }
        #expect(try NotebookParser().renderInline("", at: SourceLocation(path: "x.md", line: 1, column: 1)) == [])
    }
}
