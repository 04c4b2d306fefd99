import Markup
import Testing
@testable import TeXMath

/// Truncated and spliced formulas: whatever the input, the converter returns
/// well-formed markup and every problem points inside the formula.
@Suite struct RobustnessTests {
    @Test func everyPrefixOfEveryCorpusFormulaGivesWellFormedMarkup() throws {
        let converter = MathConverter()
        var checked = 0
        for entry in try CorpusEntry.all() {
            let characters = Array(entry.tex)
            for length in 0...characters.count {
                let tex = String(characters[..<length])
                let result = converter.convert(tex, display: entry.display)
                let output = MarkupWriter(dialect: .xml).render(result.node)
                checked += 1
                guard WellFormedXML.problem(in: output) == nil else {
                    Issue.record("not well-formed for prefix \(tex): \(output)")
                    continue
                }
                for problem in result.problems where !(0...tex.utf8.count).contains(problem.offset) {
                    Issue.record("offset \(problem.offset) outside \(tex)")
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test func controlCharactersAnywhereGiveWellFormedMarkup() {
        let converter = MathConverter()
        for value in UInt32(0)..<0x20 {
            let tex = "\\frac{a}{b" + String(Character(Unicode.Scalar(value)!)) + "}"
            let output = MarkupWriter().render(converter.convert(tex, display: true).node)
            #expect(WellFormedXML.problem(in: output) == nil, "U+\(value): \(output)")
        }
    }
}
