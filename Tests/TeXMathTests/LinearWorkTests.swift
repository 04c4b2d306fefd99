import Foundation
import Testing
@testable import TeXMath

/// Huge formulas cost time in proportion to their length (issue 16, item 6).
/// A word of n letters used to cost O(n²): each letter re-read the rest of its
/// word to look for a lost backslash. The bound is generous (a debug build
/// converts these in well under a second; the quadratic version took minutes
/// for 200 000 letters), so only a return to quadratic work fails it.
@Suite struct LinearWorkTests {
    @Test(arguments: [
        String(repeating: "x", count: 200_000),
        #"\mathrm{"# + String(repeating: "x", count: 200_000) + "}",
        String(repeating: "x+", count: 100_000),
        #"\text{"# + String(repeating: "a  b ''", count: 30_000) + "}",
        #"\begin{matrix}"# + String(repeating: #"a&b\\"#, count: 30_000) + #"\end{matrix}"#,
        #"\left("# + String(repeating: #"\middle|x"#, count: 30_000) + #"\right)"#,
    ])
    func hugeFormulasConvertInLinearTime(tex: String) {
        let start = Date()
        let result = MathConverter().convert(tex, display: true)
        #expect(result.succeeded)
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
