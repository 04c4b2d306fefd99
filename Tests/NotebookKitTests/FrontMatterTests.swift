import NotebookKit
import Testing

@Suite("Front matter: YAML between '---' lines")
struct FrontMatterTests {
    private func location(_ line: Int, _ column: Int) -> NotebookKit.SourceLocation {
        NotebookKit.SourceLocation(path: "x.md", line: line, column: column)
    }

    @Test("Known keys are read as written, with their locations")
    func knownKeys() throws {
        let text = """
            ---
            title: Learning XOR
            subtitle: "A: two layers"
            author: [A. Teacher, B. Student]
            date: 2026-11-21
            description: >
              Folded text.
            seed: 4294967295
            rng: numpy
            params:
              lr: 0.1
              layers: [20, 10, 1]
              name: ü
            ---
            # Body
            """
        let notebook = try TestSupport.parse(text)
        let front = notebook.frontMatter
        #expect(front.title == "Learning XOR")
        #expect(front.subtitle == "A: two layers")
        #expect(front.author == "A. Teacher, B. Student")
        // YAML would make this a timestamp; the notebook keeps the text.
        #expect(front.date == "2026-11-21")
        #expect(front.description == "Folded text.\n")
        #expect(front.seed == 4_294_967_295)  // 2^32 - 1, the largest seed
        #expect(front.rng == "numpy")
        #expect(front.params == [
            Parameter(name: "lr", value: "0.1", location: location(11, 3), valueLocation: location(11, 7)),
            Parameter(name: "layers", value: "20, 10, 1", location: location(12, 3), valueLocation: location(12, 11)),
            Parameter(name: "name", value: "ü", location: location(13, 3), valueLocation: location(13, 9)),
        ])
        #expect(front.keyLocations["rng"] == location(9, 1))
        #expect(front.keyLocations.count == 8)
        // The body keeps its line numbers: the heading is on line 15.
        guard case .prose(let prose)? = notebook.blocks.first else {
            Issue.record("expected prose")
            return
        }
        #expect(prose.headings == [Heading(level: 1, text: "Body", anchor: "body")])
    }

    @Test("No front matter, empty front matter, and '...' as the closing line")
    func shapes() throws {
        #expect(try TestSupport.parse("# T\n").frontMatter == FrontMatter())
        #expect(try TestSupport.parse("---\n---\nText\n").frontMatter == FrontMatter())
        let dotted = try TestSupport.parse("---\ntitle: T\n...\nText\n")
        #expect(dotted.frontMatter.title == "T")
        #expect(TestSupport.proseHTML(dotted) == "<p>Text</p>\n")
    }

    @Test("Front matter that is never closed is an error at line 1")
    func unterminated() {
        #expect(TestSupport.formattedError("---\ntitle: x\n\nText\n") == """
            x.md:1:1: error: front matter starting here is never closed with '---'
            ---
            ^~~
            note: end the front matter with a line '---' (or '...'), or remove the first line

            """)
    }

    @Test("Invalid YAML is reported at its own line and byte column")
    func invalidYAML() {
        // libyaml stops at the second ':' (YAML line 1, scalar column 9); 'ü' is 2 bytes, so byte column 10.
        #expect(TestSupport.formattedError("---\ntitle: ü: b\n---\n") == """
            x.md:2:10: error: invalid YAML in front matter: mapping values are not allowed in this context
            title: ü: b
                    ^

            """)
    }

    @Test("An unknown key is an error with a suggestion when one is close")
    func unknownKey() {
        #expect(TestSupport.formattedError("---\ntitel: x\n---\n") == """
            x.md:2:1: error: unknown front matter key 'titel'; did you mean 'title'?
            titel: x
            ^~~~~

            """)
        #expect(TestSupport.formattedError("---\ncolour: red\n---\n") == """
            x.md:2:1: error: unknown front matter key 'colour'
            colour: red
            ^~~~~~
            note: known keys: title, subtitle, author, date, description, order, seed, rng, params

            """)
    }

    @Test("A value of the wrong type is an error at the value")
    func wrongTypes() {
        #expect(TestSupport.formattedError("---\ntitle: T\nseed: abc\n---\n") == """
            x.md:3:7: error: seed must be a whole number from 0 to 4294967295, not 'abc'
            seed: abc
                  ^~~

            """)
        // 2^32 does not fit.
        #expect(TestSupport.formattedError("---\nseed: 4294967296\n---\n")?.hasPrefix(
            "x.md:2:7: error: seed must be a whole number from 0 to 4294967295, not '4294967296'\n") == true)
        #expect(TestSupport.formattedError("---\nseed: -1\n---\n")?.hasPrefix("x.md:2:7: error: seed must") == true)
        #expect(TestSupport.formattedError("---\nrng: nmupy\n---\n")?.hasPrefix(
            "x.md:2:6: error: rng must be 'default' or 'numpy', not 'nmupy'; did you mean 'numpy'?\n") == true)
        #expect(TestSupport.formattedError("---\ntitle:\n  a: b\n---\n")?.hasPrefix(
            "x.md:3:3: error: 'title' must be text, not a mapping\n") == true)
        #expect(TestSupport.formattedError("---\nparams:\n  sizes: [[1], [2]]\n---\n")?.hasPrefix(
            "x.md:3:11: error: 'sizes' must be a flat list; this item is a list\n") == true)
        #expect(TestSupport.formattedError("---\n- a\n---\n")?.hasPrefix(
            "x.md:2:1: error: front matter must be a mapping of keys to values, such as 'title: XOR'\n") == true)
    }

    @Test("YAML that ends too early is reported at the end of its last line")
    func endOfStream() {
        // libyaml reports the missing ']' at the end of the YAML; the line "title: [a, b" has 12 bytes.
        #expect(TestSupport.formattedError("---\ntitle: [a, b\n---\n") == """
            x.md:2:13: error: invalid YAML in front matter: did not find expected ',' or ']'
            title: [a, b
                        ^
            note: while parsing a flow sequence at x.md:2:8

            """)
    }

    @Test("Windows line endings are read like Unix ones")
    func crlf() throws {
        let notebook = try TestSupport.parse("---\r\ntitle: x\r\n---\r\n\r\n```{a}\r\nk: v\r\n```\r\n")
        #expect(notebook.frontMatter.title == "x")
        #expect(notebook.steps.first?.lines == [StepLine(
            kind: .option(key: "k", value: "v", valueLocation: location(6, 4)), location: location(6, 1), text: "k: v")])
    }

    @Test("A repeated key is an error at its second occurrence")
    func duplicateKey() {
        #expect(TestSupport.formattedError("---\ntitle: A\nseed: 1\ntitle: B\n---\n") == """
            x.md:4:1: error: duplicate key 'title' in the front matter
            title: B
            ^~~~~
            note: 'title' is first set at x.md:2:1

            """)
    }

    @Test("Front matter is off for plain CommonMark: a first '---' is a thematic break")
    func frontMatterOff() throws {
        let notebook = try TestSupport.parse("---\nFoo\n---\n", options: .init(frontMatter: false))
        #expect(TestSupport.proseHTML(notebook) == "<hr />\n<h2 id=\"foo\">Foo</h2>\n")
    }
}
