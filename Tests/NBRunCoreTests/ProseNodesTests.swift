import Foundation
import Testing
@testable import NBRunCore

/// Punctuation after inline math stays on the formula's line (issue 14: "a full stop after
/// inline math is orphaned onto the next line").
@Suite struct ProseNodesTests {
    @Test func punctuationAfterInlineMathIsKeptWithTheFormula() throws {
        let directory = temporaryDirectory()
        let notebook = directory + "/punct.md"
        try "Returns $Y$; then $x$, and $z$).\n\nAlone $w$ here, display:\n\n$$a$$\n\n.\n"
            .write(toFile: notebook, atomically: true, encoding: .utf8)
        let output = temporaryDirectory()
        let run = runNotebooks([notebook], output: output)
        #expect(run.status == 0, "\(run.diagnostics)")
        let page = contents(output + "/punct.html")
        #expect(page.contains(#"<span class="math-nowrap"><math"#))
        #expect(page.contains("</math>;</span> then"), "the semicolon sits inside the no-wrap span")
        #expect(page.contains("</math>,</span> and"))
        #expect(page.contains("</math>).</span>"), "a closing bracket and a full stop together")
        #expect(page.components(separatedBy: "math-nowrap\"").count - 1 == 3,
                "only formulas followed by punctuation are wrapped: not $w$ (a space follows), not display math")
    }
}
