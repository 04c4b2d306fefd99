import NotebookKit
import Testing

/// Fragments of every extension, glued in many orders: parsing returns a notebook or a
/// located error, never traps. The orders come from a fixed linear congruential sequence
/// (x ← 6364136223846793005·x + 1442695040888963407 mod 2⁶⁴), so the run is reproducible.
@Suite("Prose extensions never trap")
struct ProseRobustnessTests {
    static let fragments = [
        "$$", "$$ {#eq-a}", "\\begin{align}", "\\end{align}", "\\[", "\\]", ":::", ":::{note}", "::: {.callout-tip}",
        ":::{exercise}", ":label: ex-a", ":::{solution} ex-a", "> [!NOTE]", "> [!TIP]-", ">", "[^a]:", "[^a]", "@eq-a",
        "\\eqref{eq-a}", "| a | b |", "|---|:-:|", "| $x|y$ | `\\|` |", "~~x~~", "www.a.org", "- [ ] t", "```{=html}",
        "```", "<div onclick=x>", "<!--", "-->", "!!! note", "## H {#sec-a}", "", "    code", "text $x$ more", "\\", "\t",
        "![](img.png)", "é\u{301}", "$", "[^", "{#", "::::",
    ]

    @Test("Two thousand random documents parse or fail with a located error")
    func randomDocuments() {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<2000 {
            let count = 1 + next() % 12
            let text = (0..<count).map { _ in Self.fragments[next() % Self.fragments.count] }.joined(separator: "\n")
            do {
                let notebook = try TestSupport.parse(text)
                _ = TestSupport.proseHTML(notebook)
            } catch {
                #expect(error.location.line >= 1 && error.location.column >= 1, "\(error) for \(text.debugDescription)")
            }
        }
    }
}
