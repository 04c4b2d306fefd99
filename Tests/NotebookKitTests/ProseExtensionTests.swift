import NotebookKit
import Testing

/// nbrun's prose extensions: display math at block level, callouts, raw HTML blocks,
/// footnotes, tables with formulas, and the warnings for syntax nbrun does not support.
@Suite("Prose extensions beyond CommonMark")
struct ProseExtensionTests {
    private func html(_ markdown: String, safe: Bool = false) throws -> String {
        TestSupport.proseHTML(try TestSupport.parse(markdown, options: .init(safe: safe)))
    }

    private func warnings(_ markdown: String) throws -> String {
        let notebook = try TestSupport.parse(markdown)
        return notebook.warnings.map { DiagnosticFormatter().format($0, source: SourceFile(path: "x.md", text: markdown)) }.joined()
    }

    // MARK: Display math

    @Test("Lines of a $$ formula that start with + - = # > or 1. stay TeX")
    func displayMathLinesStayTeX() throws {
        let markdown = "Loss\n\n$$\na\n+ b\n- c\n= d\n# e\n> f\n1. g\n$$\n\nafter\n"
        #expect(try html(markdown) == "<p>Loss</p>\n<p>⟦⟦\na\n+ b\n- c\n= d\n# e\n> f\n1. g\n⟧⟧</p>\n<p>after</p>\n")
        let notebook = try TestSupport.parse(markdown)
        guard case .prose(let prose) = notebook.blocks[0], case .equation(let equation) = prose.blocks[1] else {
            Issue.record("expected an equation block second")
            return
        }
        // The TeX starts right after `$$` on line 3.
        #expect(equation.math.location == SourceLocation(path: "x.md", line: 3, column: 3))
    }

    @Test("A <script> line between $$ lines is TeX, not an HTML block")
    func scriptInsideDisplayMath() throws {
        let notebook = try TestSupport.parse("$$\n<script>alert(1)</script>\n$$\n")
        #expect(TestSupport.proseHTML(notebook) == "<p>⟦⟦\n<script>alert(1)</script>\n⟧⟧</p>\n")
        #expect(notebook.activeContent == ActiveContent(hasScripts: false, needsNetwork: false))
    }

    @Test("\\begin{align} works without $$, its lines kept; LaTeX numbers it (align*: no number)")
    func environmentWithoutDollars() throws {
        #expect(try html("\\begin{align}\na &= b \\\\\n+ c &= d\n\\end{align}\n")
            == "<div class=\"nb-equation\"><span class=\"nb-equation-body\">⟦⟦\\begin{align}\na &= b \\\\\n+ c &= d\n\\end{align}⟧⟧</span><span class=\"nb-equation-number\">(1)</span></div>\n")
        #expect(try html("\\begin{align*}\na &= b \\\\\n+ c &= d\n\\end{align*}\n")
            == "<p>⟦⟦\\begin{align*}\na &= b \\\\\n+ c &= d\n\\end{align*}⟧⟧</p>\n")
    }

    @Test("A label after the closing $$ is kept on the equation")
    func equationLabel() throws {
        let notebook = try TestSupport.parse("$$ x $$ {#eq-x}\n")
        guard case .prose(let prose) = notebook.blocks[0], case .equation(let equation) = prose.blocks[0] else {
            Issue.record("expected an equation")
            return
        }
        #expect(equation.label == "eq-x")
        #expect(equation.math.tex == " x ")
    }

    // MARK: Callouts

    @Test("A GitHub alert holds prose, math and lists")
    func githubAlert() throws {
        #expect(try html("> [!NOTE]\n> Some *text* with $x$.\n>\n> - a list\n\nafter\n") == """
            <div class="nb-callout nb-callout-note" role="note">
            <p class="nb-callout-title"><strong>Note</strong></p>
            <p>Some <em>text</em> with ⟦x⟧.</p>
            <ul>
            <li>a list</li>
            </ul>
            </div>
            <p>after</p>

            """)
    }

    @Test("A folded alert with a title is a closed <details>")
    func foldedAlert() throws {
        #expect(try html("> [!TIP]- Why $x$?\n> Because.\n") == """
            <details class="nb-callout nb-callout-tip">
            <summary class="nb-callout-title"><strong>Tip:</strong> Why ⟦x⟧?</summary>
            <p>Because.</p>
            </details>

            """)
    }

    @Test("MyST, Quarto and Docusaurus colon fences")
    func colonFences() throws {
        #expect(try html(":::{warning} Mind the **gap**\nInside $y$.\n:::\n") == """
            <div class="nb-callout nb-callout-warning" role="note">
            <p class="nb-callout-title"><strong>Warning:</strong> Mind the <strong>gap</strong></p>
            <p>Inside ⟦y⟧.</p>
            </div>

            """)
        #expect(try html("::: {.callout-important title=\"Big\" collapse=\"true\"}\nbody\n:::\n") == """
            <details class="nb-callout nb-callout-important">
            <summary class="nb-callout-title"><strong>Important:</strong> Big</summary>
            <p>body</p>
            </details>

            """)
        #expect(try html("::: {.callout-note collapse=\"false\"}\n## Heading title\nbody\n:::\n") == """
            <details class="nb-callout nb-callout-note" open>
            <summary class="nb-callout-title"><strong>Note:</strong> Heading title</summary>
            <p>body</p>
            </details>

            """)
        #expect(try html(":::{note}\n:class: dropdown\nfolded\n:::\n") == """
            <details class="nb-callout nb-callout-note">
            <summary class="nb-callout-title"><strong>Note</strong></summary>
            <p>folded</p>
            </details>

            """)
        #expect(try html("::: danger\nplain\n:::\n") == """
            <div class="nb-callout nb-callout-caution nb-callout-danger" role="note">
            <p class="nb-callout-title"><strong>Danger</strong></p>
            <p>plain</p>
            </div>

            """)
    }

    @Test("Callouts nest, and keep their structure as values")
    func nestedCallouts() throws {
        let notebook = try TestSupport.parse("::::{note}\nouter\n:::{tip}\ninner\n:::\n::::\n")
        guard case .prose(let prose) = notebook.blocks[0], case .callout(let outer) = prose.blocks[0],
              case .callout(let inner) = outer.children.last else {
            Issue.record("expected a callout in a callout")
            return
        }
        #expect(outer.kind == .note)
        #expect(inner.kind == .tip)
        #expect(inner.location == SourceLocation(path: "x.md", line: 3, column: 1))
        #expect(outer.children.count == 2)
    }

    @Test("An unknown callout kind is an error with a suggestion", arguments: [
        (":::{notee}\nx\n:::\n", """
            x.md:1:1: error: unknown MyST directive 'notee'; did you mean 'note'?
            :::{notee}
            ^~~~~~~~~~
            note: known kinds: note, tip, important, warning, caution, attention, danger, error, hint, seealso

            """),
        ("> [!NOTTE]\n> x\n", """
            x.md:1:5: error: unknown alert 'NOTTE'; did you mean 'NOTE'?
            > [!NOTTE]
                ^~~~~
            note: known kinds: note, tip, important, warning, caution, attention, danger, error, hint, seealso

            """),
        (":::{note}\nunclosed\n", """
            x.md:1:1: error: ':::{note}' is never closed
            :::{note}
            ^~~~~~~~~
            note: end it with a line ':::'

            """),
    ])
    func unknownKind(_ markdown: String, _ expected: String) {
        #expect(TestSupport.formattedError(markdown) == expected)
    }

    @Test("A step inside a callout is an error at its fence")
    func stepInCallout() {
        #expect(TestSupport.formattedError(":::{note}\n```{train}\nepochs: 1\n```\n:::\n")?.hasPrefix(
            "x.md:2:1: error: steps must be at the top level of the document\n") == true)
    }

    // MARK: Footnotes

    @Test("Footnotes are numbered by first reference and listed at the end with back-links")
    func footnotes() throws {
        let markdown = "Text[^b] and[^a] again[^b].\n\n[^a]: Second *note*.\n[^b]: First.\n    More lines.\n\n## Later\n"
        let notebook = try TestSupport.parse(markdown)
        #expect(TestSupport.proseHTML(notebook) == """
            <p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup> and<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" role="doc-noteref">2</a></sup> again<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" role="doc-noteref">1</a></sup>.</p>
            <h2 id="later">Later</h2>
            <section class="footnotes" role="doc-endnotes" aria-label="Footnotes">
            <hr>
            <ol>
            <li id="fn-1">
            <p>First.
            More lines. <a href="#fnref-1" class="footnote-backref" role="doc-backlink" aria-label="Back to reference 1">↩</a> <a href="#fnref-1-2" class="footnote-backref" role="doc-backlink" aria-label="Back to reference 1-2">↩<sup>2</sup></a></p>
            </li>
            <li id="fn-2">
            <p>Second <em>note</em>. <a href="#fnref-2" class="footnote-backref" role="doc-backlink" aria-label="Back to reference 2">↩</a></p>
            </li>
            </ol>
            </section>

            """)
        #expect(notebook.footnotes.map(\.name) == ["b", "a"])
        #expect(notebook.footnotes.map(\.referenceCount) == [2, 1])
        #expect(notebook.warnings.isEmpty)
    }

    @Test("An undefined or unused footnote is a located warning")
    func footnoteWarnings() throws {
        #expect(try warnings("Ref[^nope].\n\n[^unused]: never cited\n") == """
            x.md:1:4: warning: footnote '[^nope]' is never defined
            Ref[^nope].
               ^~~~~~~
            note: define it anywhere in the notebook: '[^nope]: text'
            x.md:3:1: warning: footnote '[^unused]' is defined but never referenced
            [^unused]: never cited
            ^~~~~~~~~
            note: refer to it in the text with '[^unused]', or delete it

            """)
        #expect(try html("Ref[^nope].\n") == "<p>Ref[^nope].</p>\n")
    }

    // MARK: Raw HTML

    @Test("A {=html} block is raw HTML, left out in safe mode; its event handler is warned about")
    func rawHTMLBlock() throws {
        let markdown = "```{=html}\n<div onclick=\"x()\">hi</div>\n```\n"
        let notebook = try TestSupport.parse(markdown)
        #expect(TestSupport.proseHTML(notebook) == "<div onclick=\"x()\">hi</div>\n")
        #expect(notebook.activeContent == ActiveContent(hasScripts: true, needsNetwork: false))
        #expect(try warnings(markdown) == """
            x.md:1:1: warning: raw HTML has an event-handler attribute 'onclick'; the page runs it
            ```{=html}
            ^
            note: the page is no longer script-free; --safe leaves raw HTML out

            """)
        let safe = try TestSupport.parse(markdown, options: .init(safe: true))
        #expect(TestSupport.proseHTML(safe) == "<!-- raw HTML omitted -->\n")
        #expect(safe.activeContent == ActiveContent())
        #expect(safe.warnings.isEmpty)
    }

    @Test("Raw HTML loading from the network makes the page need it")
    func networkHTML() throws {
        let notebook = try TestSupport.parse("Look: <img src=\"https://x.org/a.png\">\n")
        #expect(notebook.activeContent == ActiveContent(hasScripts: false, needsNetwork: true))
        #expect(notebook.warnings.map(\.message) == ["raw HTML loads 'https://x.org/a.png' from the network"])
    }

    @Test("A <script> tag in Markdown is neutralised by the tag filter")
    func scriptTagFiltered() throws {
        let notebook = try TestSupport.parse("<script>alert(1)</script>\n")
        #expect(TestSupport.proseHTML(notebook) == "&lt;script>alert(1)&lt;/script>\n")
        #expect(notebook.activeContent.hasScripts == false)
    }

    // MARK: Unsupported syntax

    @Test("Syntax that looks like an unsupported extension gets a warning naming what works")
    func unsupportedSyntax() throws {
        #expect(try warnings("!!! note\n    text\n") == """
            x.md:1:1: warning: MkDocs admonitions ('!!!') are not supported; this shows as plain text
            !!! note
            ^~~
            note: write a callout as '> [!NOTE]' (GitHub), ':::{note}' … ':::' (MyST) or '::: {.callout-note}' … ':::' (Quarto)

            """)
        #expect(try warnings("::: sidebar\ntext\n:::\n") == """
            x.md:1:1: warning: fenced div '::: sidebar' is not supported; its inside is shown as ordinary prose
            ::: sidebar
            ^~~~~~~~~~~
            note: callouts: ':::{note}', '::: {.callout-note}' or '::: note', with kinds note, tip, important, warning, caution, attention, danger, error, hint, seealso

            """)
        #expect(try html("::: sidebar\ntext\n:::\n") == "<p>text</p>\n")
        #expect(try warnings("```{=latex}\n\\newpage\n```\n").hasPrefix("x.md:1:1: warning: a raw 'latex' block is left out of the HTML report\n"))
    }

    // MARK: Tables

    @Test("A table cell may hold a formula with | and escaped pipes in code; tables scroll in their own box")
    func tableWithMath() throws {
        #expect(try html("| a | b |\n|---|--:|\n| $x|y$ | `c\\|d` |\n") == """
            <div class="nb-table-wrap">
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th align="right">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>⟦x|y⟧</td>
            <td align="right"><code>c|d</code></td>
            </tr>
            </tbody>
            </table>
            </div>

            """)
    }

    @Test("A table inside a callout")
    func tableInCallout() throws {
        #expect(try html("> [!NOTE]\n> | a |\n> |---|\n> | 1 |\n").contains("<td>1</td>"))
    }
}
