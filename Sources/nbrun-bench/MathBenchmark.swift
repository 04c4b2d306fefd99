import Foundation
import Markup
import TeXMath

/// `nbrun-bench math <corpus.txt>`: the cost of typesetting one formula. Converts every
/// formula of the TeXMath golden corpus (lines `i …`, `d …`, `e …`) to MathML and writes
/// it out, repeatedly for at least one second, and prints the time per formula.
struct MathBenchmark {
    var corpusPath: String

    func run() throws(BenchError) -> ResultLine {
        guard let text = try? String(contentsOfFile: corpusPath, encoding: .utf8) else {
            throw BenchError("cannot read \(corpusPath)")
        }
        let formulas: [(tex: String, display: Bool)] = text.split(separator: "\n").compactMap { line in
            guard line.count > 2, let kind = line.first, "ide".contains(kind), line.dropFirst().first == " " else { return nil }
            return (String(line.dropFirst(2)), kind == "d")
        }
        guard !formulas.isEmpty else { throw BenchError("no formulas in \(corpusPath)") }
        let converter = MathConverter()
        let clock = ContinuousClock()
        var conversions = 0
        var characters = 0
        let start = clock.now
        repeat {
            for formula in formulas {
                let conversion = converter.convert(formula.tex, display: formula.display)
                characters += MarkupWriter().render(conversion.node).utf8.count
                conversions += 1
            }
        } while clock.now - start < .seconds(1)
        let seconds = TrainingBenchmark.seconds(clock.now - start)
        var line = ResultLine()
        line.add("formulas", formulas.count)
        line.add("conversions", conversions)
        line.add("microseconds_per_formula", seconds / Double(conversions) * 1e6)
        line.add("mathml_bytes_per_formula", characters / conversions)
        return line
    }
}
