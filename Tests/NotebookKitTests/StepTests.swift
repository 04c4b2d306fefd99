import NotebookKit
import Testing

@Suite("Steps: info strings, body lines and their locations")
struct StepTests {
    private func location(_ line: Int, _ column: Int) -> NotebookKit.SourceLocation {
        SourceLocation(path: "x.md", line: line, column: column)
    }

    /// Lines 1-3 front matter, 5 prose, 7-17 the step.
    private let notebook = """
        ---
        title: T
        ---

        Some *text*.

        ```{train epochs=10 caption="Loss, log scale"}
        # a whole-line comment
          loss: mse   # trailing comment
        dense 2 -> 3, bias: none

        weights: [[1, 2],   # first row
                  [3, 4]]
        label: é#1 ü
        lr:
        plot loss curve
        ```

        After.
        """

    @Test("Name, inline options and body lines with exact locations")
    func fullStep() throws {
        let parsed = try TestSupport.parse(notebook)
        #expect(parsed.blocks.count == 3)
        let step = try #require(parsed.steps.first)
        #expect(step.name == "train")
        #expect(step.location == location(7, 1))
        #expect(step.nameLocation == location(7, 5))
        #expect(step.inlineOptions == [
            StepLine(kind: .option(key: "epochs", value: "10", valueLocation: location(7, 18)),
                     location: location(7, 11), text: "epochs=10"),
            // The quoted value's text starts after the quote: '"' is byte 29, 'L' byte 30.
            StepLine(kind: .option(key: "caption", value: "Loss, log scale", valueLocation: location(7, 30)),
                     location: location(7, 21), text: "caption=\"Loss, log scale\""),
        ])
        #expect(step.lines == [
            StepLine(kind: .option(key: "loss", value: "mse", valueLocation: location(9, 9)),
                     location: location(9, 3), text: "loss: mse"),
            StepLine(kind: .item("dense 2 -> 3, bias: none"), location: location(10, 1),
                     text: "dense 2 -> 3, bias: none"),
            StepLine(kind: .option(key: "weights", value: "[[1, 2], [3, 4]]", valueLocation: location(12, 10)),
                     location: location(12, 1), text: "weights: [[1, 2], [3, 4]]"),
            // '#' right after 'é' is not a comment (no blank before it); 'ü' is kept.
            StepLine(kind: .option(key: "label", value: "é#1 ü", valueLocation: location(14, 8)),
                     location: location(14, 1), text: "label: é#1 ü"),
            StepLine(kind: .option(key: "lr", value: "", valueLocation: location(15, 4)),
                     location: location(15, 1), text: "lr:"),
            StepLine(kind: .item("plot loss curve"), location: location(16, 1), text: "plot loss curve"),
        ])
        #expect(step.source.hasPrefix("# a whole-line comment\n  loss: mse   # trailing comment\n"))
        #expect(step.source.hasSuffix("plot loss curve\n"))
    }

    @Test("A multi-word name stops at the first key=value")
    func multiWordName() throws {
        let step = try #require(try TestSupport.parse("```{plot  loss   title=\"A\"}\n```\n").steps.first)
        #expect(step.name == "plot loss")
        #expect(step.inlineOptions.map(\.key) == ["title"])
        #expect(step.lines.isEmpty)
        #expect(step.source == "")
    }

    @Test("Longer and tilde fences: shorter fences inside the body are body lines")
    func longerFences() throws {
        let step = try #require(try TestSupport.parse("~~~~{s}\n~~~\nk: v\n~~~~\n").steps.first)
        #expect(step.lines.map(\.text) == ["~~~", "k: v"])
        #expect(step.source == "~~~\nk: v\n")
    }

    @Test("An indented fence: source loses the fence's indentation, locations keep the real columns")
    func indentedFence() throws {
        let step = try #require(try TestSupport.parse("  ```{s}\n  a: 1\n    b\n  ```\n").steps.first)
        #expect(step.location == location(1, 3))
        #expect(step.source == "a: 1\n  b\n")
        #expect(step.lines.map(\.location) == [location(2, 3), location(3, 5)])
    }

    @Test("Ordinary code blocks and unbraced info strings stay prose")
    func ordinaryCodeIsProse() throws {
        let parsed = try TestSupport.parse("```python\nx = 1\n```\n\n```{x\n```\n")
        #expect(parsed.steps.isEmpty)
        #expect(TestSupport.proseHTML(parsed)
            == "<pre><code class=\"language-python\">x = 1\n</code></pre>\n<pre><code class=\"language-{x\"></code></pre>\n")
    }

    @Test("Prose around steps forms separate blocks in order")
    func blockOrder() throws {
        let parsed = try TestSupport.parse("A\n\nB\n\n~~~{model}\ndense 2 -> 1\n~~~\n\n```{train}\n```\nC\n")
        let kinds = parsed.blocks.map { block -> String in
            switch block {
            case .prose(let prose): "prose:" + TestSupport.render(prose.pieces)
            case .step(let step): "step:" + step.name
            }
        }
        #expect(kinds == ["prose:<p>A</p>\n<p>B</p>\n", "step:model", "step:train", "prose:<p>C</p>\n"])
    }

    @Test("A step inside a list or block quote is an error at its fence")
    func nestedStep() {
        #expect(TestSupport.formattedError("- item\n\n  ```{plot}\n  x\n  ```\n") == """
            x.md:3:3: error: steps must be at the top level of the document
              ```{plot}
              ^~~
            note: move the step out of the list or block quote (no indentation, no '>')

            """)
        #expect(TestSupport.formattedError("> ```{plot}\n> x\n> ```\n")?.hasPrefix(
            "x.md:1:3: error: steps must be at the top level of the document\n") == true)
    }

    @Test("A step that runs to the end of the document is an error at its fence")
    func unclosedStep() {
        #expect(TestSupport.formattedError("Intro\n\n```{train}\nepochs: 3\n") == """
            x.md:3:1: error: step block is never closed
            ```{train}
            ^~~
            note: end the step with a line '```'; without it the step runs to the end of the notebook

            """)
    }

    @Test("A '[' still open at the end of the step is an error at that bracket")
    func unbalancedBracket() {
        #expect(TestSupport.formattedError("```{weights}\nw: [[1, 2],\n   [3, 4]\n```\n") == """
            x.md:2:4: error: '[' is never closed before the end of the step
            w: [[1, 2],
               ^
            note: a value whose '[' is open continues on the next lines until its ']'

            """)
    }

    @Test("Malformed info strings are errors at the offending byte", arguments: [
        ("```{}\n```\n", "x.md:1:4: error: step has no name; write it inside the braces, such as '{train}'"),
        ("```{train epochs=10 fast}\n```\n",
         "x.md:1:21: error: expected 'key=value' after the step's options, found 'fast'"),
        ("```{train} now\n```\n", "x.md:1:12: error: unexpected text after '}' in the step's info string"),
        // The opening quote is byte 16: three backticks, "{plot " (6), "title=" (6).
        ("```{plot title=\"a}\n```\n", "x.md:1:16: error: quoted value is never closed with '\"'"),
        ("```{plot =3}\n```\n", "x.md:1:10: error: '=' must follow an option name, as in 'epochs=10'"),
    ])
    func infoStringErrors(markdown: String, firstLine: String) {
        let formatted = TestSupport.formattedError(markdown)
        #expect(formatted?.split(separator: "\n").first.map(String.init) == firstLine)
    }

    @Test("Option keys: letters, digits, '-', '_' and spaces, then ': ' or end of line",
          arguments: [
            ("learning rate: 0.1", "learning rate"),
            ("batch_size-2: 4", "batch_size-2"),
            ("url: http://x", "url"),
          ])
    func optionKeys(line: String, key: String) throws {
        let step = try #require(try TestSupport.parse("```{s}\n\(line)\n```\n").steps.first)
        #expect(step.lines.first?.key == key)
    }

    @Test("Lines that only look like options are items", arguments: ["a:b", "2x: 3", "dense 2 -> 3, bias: none", "x=1: y"])
    func items(line: String) throws {
        let step = try #require(try TestSupport.parse("```{s}\n\(line)\n```\n").steps.first)
        #expect(step.lines == [StepLine(kind: .item(line), location: .init(path: "x.md", line: 2, column: 1), text: line)])
    }
}
