import NotebookKit
import Testing

@Suite("Numbered equations and cross-references")
struct CrossReferenceTests {
    private func html(_ markdown: String) throws -> String {
        TestSupport.proseHTML(try TestSupport.parse(markdown))
    }

    /// `\label{eq:linear}` (17 bytes) and `\tag{A}` (7) are blanked in the TeX, so positions in it stay.
    private func blanks(_ count: Int) -> String { String(repeating: " ", count: count) }

    @Test("Labelled and LaTeX-numbered equations are numbered in order; references link to them")
    func numbering() throws {
        let markdown = """
            $$ L = \\tfrac12 e^2 $$ {#eq-loss}

            $$ x $$

            \\begin{equation}
            y = Wx \\label{eq:linear}
            \\end{equation}

            \\begin{equation}
            z \\tag{A}
            \\end{equation}

            See @eq-loss, \\eqref{eq:linear} and \\ref{eq-loss}.

            """
        #expect(try html(markdown) == """
            <div class="nb-equation" id="eq-loss"><span class="nb-equation-body">⟦⟦ L = \\tfrac12 e^2 ⟧⟧</span><span class="nb-equation-number">(1)</span></div>
            <p>⟦⟦ x ⟧⟧</p>
            <div class="nb-equation" id="eq:linear"><span class="nb-equation-body">⟦⟦\\begin{equation}
            y = Wx\(blanks(18))
            \\end{equation}⟧⟧</span><span class="nb-equation-number">(2)</span></div>
            <div class="nb-equation"><span class="nb-equation-body">⟦⟦\\begin{equation}
            z\(blanks(8))
            \\end{equation}⟧⟧</span><span class="nb-equation-number">(A)</span></div>
            <p>See <a class="nb-ref" href="#eq-loss">Equation (1)</a>, <a class="nb-ref" href="#eq:linear">(2)</a> and <a class="nb-ref" href="#eq-loss">1</a>.</p>

            """)
    }

    @Test("A reference may come before its equation; \\nonumber removes the number")
    func forwardReference() throws {
        #expect(try html("As @eq-later shows.\n\n$$ a $$ {#eq-later}\n\n\\begin{equation}\nb \\nonumber\n\\end{equation}\n")
            .contains("<a class=\"nb-ref\" href=\"#eq-later\">Equation (1)</a>"))
        #expect(try !html("\\begin{equation}\nb \\nonumber\n\\end{equation}\n").contains("nb-equation-number"))
    }

    @Test("A section label becomes the heading's anchor and a reference shows its title")
    func sections() throws {
        let notebook = try TestSupport.parse("## The loss {#sec-loss}\n\nBack to @sec-loss.\n")
        #expect(TestSupport.proseHTML(notebook) == """
            <h2 id="sec-loss">The loss</h2>
            <p>Back to <a class="nb-ref" href="#sec-loss">The loss</a>.</p>

            """)
        #expect(notebook.headings.map(\.anchor) == ["sec-loss"])
    }

    @Test("An unknown label is an error with a suggestion", arguments: [
        ("$$ a $$ {#eq-loss}\n\nSee @eq-los.\n", """
            x.md:3:5: error: unknown label 'eq-los'
            See @eq-los.
                ^~~~~~~
            note: did you mean 'eq-loss'?
            note: label an equation '$$ … $$ {#eq-name}' or with '\\label{name}', a section '## Title {#sec-name}'

            """),
        ("$$ a $$ {#eq-x}\n\n$$ b $$ {#eq-x}\n", """
            x.md:3:3: error: label 'eq-x' is defined twice
            $$ b $$ {#eq-x}
              ^~
            note: it is first defined at line 1; labels must be unique in a notebook

            """),
    ])
    func errors(_ markdown: String, _ expected: String) {
        #expect(TestSupport.formattedError(markdown) == expected)
    }

    @Test("An e-mail address or a price is not a reference")
    func notReferences() throws {
        #expect(try html("Mail me@eq-x.org or pay @5.\n") == "<p>Mail <a href=\"mailto:me@eq-x.org\">me@eq-x.org</a> or pay @5.</p>\n")
    }
}
