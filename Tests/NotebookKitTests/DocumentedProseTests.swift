import Foundation
import NotebookKit
import Testing

/// The Prose chapter of docs/notebook-format.md stays true: each of its ```` ```markdown ````
/// examples parses without an error or a warning and shows what the text says.
@Suite("The documented prose examples work")
struct DocumentedProseTests {
    static let docs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/notebook-format.md")

    /// The bodies of the ```` ```markdown ```` (or ````` ````markdown `````) blocks of the Prose chapter.
    static func examples() -> [String] {
        guard let text = try? String(contentsOf: docs, encoding: .utf8),
              let start = text.range(of: "## Prose and math"), let end = text.range(of: "## Steps") else { return [] }
        var examples: [String] = []
        var current: [Substring]?
        var fence = ""
        for line in text[start.lowerBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasSuffix("markdown"), line.hasPrefix("```") {
                fence = String(line.prefix { $0 == "`" })
                current = []
            } else if current != nil, line == fence {
                examples.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return examples
    }

    @Test("The Prose chapter has its six examples")
    func count() {
        #expect(Self.examples().count == 6)
    }

    @Test("Each example parses without errors or warnings", arguments: examples())
    func example(_ markdown: String) throws {
        let notebook = try TestSupport.parse(markdown)
        #expect(notebook.warnings.isEmpty, "\(notebook.warnings)")
    }

    @Test("The examples render as the text says")
    func rendered() throws {
        let html = try Self.examples().map { TestSupport.proseHTML(try TestSupport.parse($0)) }
        #expect(html[0].contains("<th align=\"center\">symbol</th>"))
        #expect(html[0].contains("<td align=\"center\">⟦a|b⟧</td>"))
        #expect(html[0].contains("<del>wrong</del>"))
        #expect(html[0].contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html[0].contains("<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> read the chapter</li>"))
        #expect(html[1].contains("<li id=\"fn-1\">"))
        #expect(html[2].contains("<div class=\"nb-callout nb-callout-note\" role=\"note\">"))
        #expect(html[2].contains("<strong>Warning:</strong> Mind the learning rate"))
        #expect(html[2].contains("<details class=\"nb-callout nb-callout-tip\">"))
        #expect(html[3].contains("<h2 id=\"sec-loss\">The loss</h2>"))
        #expect(html[3].contains("<a class=\"nb-ref\" href=\"#eq-loss\">Equation (1)</a> needs <a class=\"nb-ref\" href=\"#eq:grad\">(2)</a>"))
        #expect(html[4].contains("<summary><strong>Solution to Exercise 1</strong></summary>"))
        #expect(html[5] == "<details><summary>Reveal</summary>Raw HTML as written.</details>\n")
    }

    /// The notebook in the README's tour, between its first ```` ````markdown ```` fence and the closing one.
    static func readmeTour() -> String? {
        let readme = docs.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        guard let text = try? String(contentsOf: readme, encoding: .utf8),
              let start = text.range(of: "````markdown\n"),
              let end = text.range(of: "\n````\n", range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test("The README's tour shows a callout, a footnote, a numbered and referenced equation, and an exercise")
    func readme() throws {
        let tour = try #require(Self.readmeTour())
        let notebook = try TestSupport.parse(tour)
        #expect(notebook.warnings.isEmpty, "\(notebook.warnings)")
        let html = TestSupport.proseHTML(notebook)
        #expect(html.contains("<div class=\"nb-callout nb-callout-tip\" role=\"note\">"))
        #expect(html.contains("<span class=\"nb-equation-number\">(1)</span>"))
        #expect(html.contains("<a class=\"nb-ref\" href=\"#eq-net\">Equation (1)</a>"))
        #expect(notebook.footnotes.map(\.name) == ["why"])
        #expect(html.contains("<p class=\"nb-exercise-title\"><strong>Exercise 1</strong></p>"))
        #expect(html.contains("<summary><strong>Solution to Exercise 1</strong></summary>"))
    }

    /// notebooks/*.md, beside docs/.
    static func lessons() -> [String] {
        let folder = docs.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("notebooks")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test("Every bundled lesson parses without a prose warning and ends with an exercise and its solution", arguments: lessons())
    func lesson(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let notebook = try NotebookParser().parse(text, path: path)
        #expect(notebook.warnings.isEmpty, "\(notebook.warnings)")
        let html = notebook.blocks.map { block -> String in
            if case .prose(let prose) = block { return TestSupport.render(prose.pieces) } else { return "" }
        }.joined()
        #expect(html.contains("<section class=\"nb-exercise\""))
        #expect(html.contains("Solution to Exercise 1"))
    }
}
