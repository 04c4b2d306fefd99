import Foundation
import Markup
import Testing
@testable import TeXMath

/// The 4247 formulas of two public course books (d2l-ai/d2l-en and cs231n, see
/// ../shared/conformance/math-external/SOURCES.md), kept beside the repository.
/// None may crash or give ill-formed markup; all but one convert. The one is
/// `\[ … \]` written inside `$…$` (cs231n's nerf.md), which is not math TeX.
@Suite struct ExternalCorpusTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/conformance/math-external/external.tex")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: file.path) }

    @Test(.enabled(if: isPresent, "../shared/conformance/math-external is not beside the repository"))
    func allButOneExternalFormulaConvert() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        var total = 0
        var failures: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("I|") || line.hasPrefix("D|") {
            total += 1
            let tex = String(line.dropFirst(2))
            let result = MathConverter().convert(tex, display: line.hasPrefix("D|"))
            #expect(WellFormedXML.problem(in: MarkupWriter(dialect: .xml).render(result.node)) == nil, "\(tex)")
            if let problem = result.problems.first { failures[tex] = problem.message }
        }
        #expect(total == 4247)
        #expect(failures == [
            #"C(r) = \[ \int_{t_n}^{t_f} T(t)\sigma(r(t))c(r(t),d) \,dt \] where \[T(t) = exp(-\int_{t_n}^{t}\sigma(r(s))\, ds)\]"#:
                #"unknown command \["#,
        ])
    }
}
