import NotebookKit
import Testing

@Suite("Headings get stable GitHub-style anchors")
struct HeadingTests {
    private func headings(_ notebook: Notebook) -> [Heading] {
        notebook.blocks.flatMap { block -> [Heading] in
            if case .prose(let prose) = block { prose.headings } else { [] }
        }
    }

    @Test("Repeated headings get -1, -2 across the whole notebook")
    func duplicates() throws {
        let notebook = try TestSupport.parse("# Intro\n\n## Intro\n\n```{s}\n```\n\n### Intro\n")
        #expect(TestSupport.proseHTML(notebook)
            == "<h1 id=\"intro\">Intro</h1>\n<h2 id=\"intro-1\">Intro</h2>\n<h3 id=\"intro-2\">Intro</h3>\n")
        #expect(headings(notebook) == [
            Heading(level: 1, text: "Intro", anchor: "intro"),
            Heading(level: 2, text: "Intro", anchor: "intro-1"),
            Heading(level: 3, text: "Intro", anchor: "intro-2"),
        ])
    }

    @Test("A suffix already taken by a heading's own slug is skipped")
    func takenSuffix() throws {
        let notebook = try TestSupport.parse("# A\n\n# A 1\n\n# A\n")
        #expect(headings(notebook).map(\.anchor) == ["a", "a-1", "a-2"])
    }

    @Test("Heading text keeps TeX for math, code text, and drops markup")
    func textOfHeadings() throws {
        let notebook = try TestSupport.parse("## The $\\sigma$ function\n\n## Using `relu` *now*!\n")
        #expect(headings(notebook) == [
            Heading(level: 2, text: "The \\sigma function", anchor: "the-sigma-function"),
            Heading(level: 2, text: "Using relu now!", anchor: "using-relu-now"),
        ])
        #expect(TestSupport.proseHTML(notebook) == """
            <h2 id="the-sigma-function">The ⟦\\sigma⟧ function</h2>
            <h2 id="using-relu-now">Using <code>relu</code> <em>now</em>!</h2>

            """)
    }

    @Test("Setext, quoted and empty headings get anchors too")
    func otherHeadings() throws {
        let notebook = try TestSupport.parse("Title\n=====\n\n> ## Quoted\n\n#\n")
        #expect(TestSupport.proseHTML(notebook)
            == "<h1 id=\"title\">Title</h1>\n<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n</blockquote>\n<h1 id=\"section\"></h1>\n")
    }

    @Test("With anchors off the HTML is cmark's, and headings are still listed")
    func anchorsOff() throws {
        let notebook = try TestSupport.parse("# Intro\n", options: .init(headingAnchors: false))
        #expect(TestSupport.proseHTML(notebook) == "<h1>Intro</h1>\n")
        #expect(headings(notebook) == [Heading(level: 1, text: "Intro", anchor: "intro")])
    }

    @Test("Slugs as GitHub makes them", arguments: [
        ("Why XOR?  A 2-layer net", "why-xor--a-2-layer-net"),
        ("Ünïcode Δ-rule", "ünïcode-δ-rule"),
        ("snake_case & more", "snake_case--more"),
        ("???", "section"),
    ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }
}
