import NotebookKit
import Testing

/// Issue 16, point 6: small inputs that took minutes. Each input below took over a
/// minute before (measured in the issue on a release build); the bounds leave a wide
/// margin for a debug build on a busy machine, and a quadratic algorithm cannot meet them.
@Suite("Parsing stays linear: adversarial words and formula-dense paragraphs")
struct LinearTimeTests {
    private func seconds(_ work: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    @Test("A 100 KB word 'nbrunphxxx…' (the placeholder prefix) parses in well under a second, unchanged")
    func placeholderWord() throws {
        let word = "nbrunph" + String(repeating: "x", count: 100_000)
        var notebook: Notebook?
        let time = try seconds { notebook = try TestSupport.parse("\(word) $a$\n") }
        #expect(time < 3, "took \(time) s")
        let html = TestSupport.proseHTML(try #require(notebook))
        #expect(html == "<p>\(word) ⟦a⟧</p>\n")
    }

    @Test("Text holding every one-letter continuation of 'nbrunph' keeps formulas apart from it")
    func everyContinuation() throws {
        let words = "xyzwvqkjgfdca".map { "nbrunph\($0)0m" }.joined(separator: " ")
        let notebook = try TestSupport.parse("\(words) $a$ nbrunph\n")
        #expect(TestSupport.proseHTML(notebook) == "<p>\(words) ⟦a⟧ nbrunph</p>\n")
    }

    @Test("10⁵ formulas in one paragraph (74 s before) parse in seconds, each located")
    func denseFormulas() throws {
        let text = Array(repeating: "$x$", count: 100_000).joined(separator: " ") + "\n"
        var notebook: Notebook?
        let time = try seconds { notebook = try TestSupport.parse(text) }
        #expect(time < 10, "took \(time) s")
        let spans = TestSupport.mathSpans(try #require(notebook))
        #expect(spans.count == 100_000)
        // Formula k (0-based) starts at byte 4k + 1; its TeX one byte later.
        #expect(spans.last?.location == SourceLocation(path: "x.md", line: 1, column: 4 * 99_999 + 2))
    }

    @Test("Formulas in a link title are put back as escaped source, as before")
    func formulasInTitle() throws {
        let notebook = try TestSupport.parse("[a $x<y$](u \"t $p$ $q$\") $z$\n")
        #expect(TestSupport.proseHTML(notebook) == "<p><a href=\"u\" title=\"t $p$ $q$\">a ⟦x<y⟧</a> ⟦z⟧</p>\n")
    }
}
