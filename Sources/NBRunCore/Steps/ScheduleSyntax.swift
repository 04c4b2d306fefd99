import NeuralEngine
import NotebookKit

/// Learning-rate schedules as a notebook writes them: `constant`, `inverse-time(0.01)`,
/// `step(10, 0.5)`, `exponential(0.95)`, `linear(0.1)`, `cosine` or `cosine(0.001)`.
/// The schedule starts from the step's `learning-rate` (`η₀`).
enum ScheduleSyntax {
    /// Every accepted spelling with its meaning, for the documentation.
    static let documentation: [(String, String)] = [
        ("constant", "η = η₀ (the default)"),
        ("inverse-time(d)", "η_t = η₀ / (1 + d·t), t = updates so far (nnfs's `decay`; the same as `decay: d`)"),
        ("step(k, γ)", "η_e = η₀ · γ^⌊e/k⌋: times γ every k epochs"),
        ("exponential(γ)", "η_e = η₀ · γ^e: times γ every epoch"),
        ("linear(end)", "η_e = η₀ + (end − η₀)·e/E: a straight line towards `end` (micrograd: `learning-rate: 1`, `linear(0.1)`)"),
        ("cosine(end)", "η_e = end + ½(η₀ − end)(1 + cos(πe/E)); `cosine` alone ends towards 0"),
    ]

    static let names = ["constant", "inverse-time", "step", "exponential", "linear", "cosine"]

    static func parse(_ value: OptionValue) throws(Diagnostic) -> LearningRateSchedule {
        let (name, arguments) = try ValueParser.call(value)
        func expect(_ count: ClosedRange<Int>, _ example: String) throws(Diagnostic) {
            guard count.contains(arguments.count) else {
                let wanted = count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count.lowerBound) or \(count.upperBound)"
                throw value.error("\(name) takes \(wanted) number\(count.upperBound == 1 ? "" : "s"), got \(arguments.count); e.g. \(example)")
            }
        }
        let schedule: LearningRateSchedule
        switch name {
        case "constant":
            try expect(0...0, "constant")
            schedule = .constant
        case "inverse-time":
            try expect(1...1, "inverse-time(0.01)")
            schedule = .inverseTime(decay: arguments[0])
        case "step":
            try expect(2...2, "step(10, 0.5)")
            guard arguments[0] >= 1, arguments[0].rounded() == arguments[0], arguments[0] < 1e9 else {
                throw value.error("step's first number is the whole number of epochs between steps, got \(NumberText.notebook(arguments[0]))")
            }
            schedule = .step(every: Int(arguments[0]), factor: arguments[1])
        case "exponential":
            try expect(1...1, "exponential(0.95)")
            schedule = .exponential(factor: arguments[0])
        case "linear":
            try expect(1...1, "linear(0.1)")
            schedule = .linear(end: arguments[0])
        case "cosine":
            try expect(0...1, "cosine(0.001)")
            schedule = .cosine(end: arguments.first ?? 0)
        default:
            if let suggestion = Suggestion.closest(to: name, among: names) {
                throw value.error("unknown schedule '\(name)'; did you mean '\(suggestion)'?", length: name.utf8.count)
            }
            throw value.error("unknown schedule '\(name)'", length: name.utf8.count)
                .with(note: "schedules: " + names.joined(separator: ", "))
        }
        if let problem = schedule.problem { throw value.error(problem) }
        return schedule
    }
}

extension ValueSyntax where Value == LearningRateSchedule {
    /// `constant`, `inverse-time(d)`, `step(k, γ)`, `exponential(γ)`, `linear(end)`, `cosine(end)`.
    static var schedule: ValueSyntax {
        ValueSyntax(documentation: ScheduleSyntax.documentation.map { "`\($0.0)`" }.joined(separator: ", "),
                    written: ScheduleSyntax.written) { value throws(Diagnostic) in
            try ScheduleSyntax.parse(value)
        }
    }
}

extension ScheduleSyntax {
    /// A schedule as a notebook writes it.
    @Sendable static func written(_ schedule: LearningRateSchedule) -> String {
        switch schedule {
        case .constant: "constant"
        case .inverseTime(let decay): "inverse-time(\(NumberText.notebook(decay)))"
        case .step(let every, let factor): "step(\(every), \(NumberText.notebook(factor)))"
        case .exponential(let factor): "exponential(\(NumberText.notebook(factor)))"
        case .linear(let end): "linear(\(NumberText.notebook(end)))"
        case .cosine(let end): "cosine(\(NumberText.notebook(end)))"
        }
    }
}
