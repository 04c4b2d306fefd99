import NeuralEngine
import NotebookKit

/// Initialisers as a notebook writes them: `uniform(-1, 1)`, `normal`,
/// `scaled-normal(0.01)`, `xavier`, `he`, `zeros`, `constant(0.5)`.
enum InitializerSyntax {
    /// Every accepted spelling with its meaning, for the documentation.
    static let documentation: [(String, String)] = [
        ("uniform(a, b)", "uniform on [a, b); `uniform` alone is [0, 1) as numpy's default (seed 003)"),
        ("normal(mean, sd)", "Gaussian; `normal` alone is the standard normal, numpy's `randn` (seed 001)"),
        ("scaled-normal(s)", "`s · randn`, e.g. `scaled-normal(0.01)` as seed 002 and nnfs"),
        ("xavier", "Glorot uniform: U(−l, l), l = √(6 / (inputs + outputs))"),
        ("xavier-normal", "Glorot normal: N(0, 2 / (inputs + outputs))"),
        ("he", "He normal: N(0, 2 / inputs), for ReLU layers"),
        ("he-uniform", "He uniform: U(−l, l), l = √(6 / inputs)"),
        ("zeros", "every value 0 (draws nothing)"),
        ("ones", "every value 1"),
        ("constant(c)", "every value c"),
    ]

    static func parse(_ value: OptionValue) throws(Diagnostic) -> Initializer {
        let (name, arguments) = try ValueParser.call(value)
        func expect(_ count: ClosedRange<Int>) throws(Diagnostic) {
            guard count.contains(arguments.count) else {
                let wanted = count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count.lowerBound) or \(count.upperBound)"
                throw value.error("\(name) takes \(wanted) number\(count.upperBound == 1 ? "" : "s"), got \(arguments.count)")
            }
        }
        switch name {
        case "uniform":
            try expect(0...2)
            guard arguments.count != 1 else { throw value.error("uniform takes two bounds, e.g. uniform(-1, 1)") }
            let low = arguments.first ?? 0, high = arguments.last ?? 1
            guard low < high else { throw value.error("uniform needs low < high, got \(low) and \(high)") }
            return .uniform(low: low, high: high)
        case "normal", "randn", "gaussian":
            try expect(0...2)
            guard arguments.count != 1 else { throw value.error("normal takes a mean and a standard deviation, e.g. normal(0, 0.1)") }
            let sd = arguments.count == 2 ? arguments[1] : 1
            guard sd > 0 else { throw value.error("the standard deviation must be positive") }
            return .normal(mean: arguments.first ?? 0, standardDeviation: sd)
        case "scaled-normal":
            try expect(1...1)
            return .scaledNormal(arguments[0])
        case "xavier", "glorot", "xavier-uniform", "glorot-uniform":
            try expect(0...0)
            return .xavierUniform
        case "xavier-normal", "glorot-normal":
            try expect(0...0)
            return .xavierNormal
        case "he", "he-normal", "kaiming":
            try expect(0...0)
            return .heNormal
        case "he-uniform":
            try expect(0...0)
            return .heUniform
        case "zeros", "zero":
            try expect(0...0)
            return .constant(0)
        case "ones":
            try expect(0...0)
            return .constant(1)
        case "constant":
            try expect(1...1)
            return .constant(arguments[0])
        default:
            let names = ["uniform", "normal", "scaled-normal", "xavier", "xavier-normal", "he", "he-uniform", "zeros", "ones", "constant"]
            if let suggestion = Suggestion.closest(to: name, among: names) {
                throw value.error("unknown initializer '\(name)'; did you mean '\(suggestion)'?", length: name.utf8.count)
            }
            throw value.error("unknown initializer '\(name)'", length: name.utf8.count)
                .with(note: "initializers: " + names.joined(separator: ", "))
        }
    }
}

extension ValueSyntax where Value == Initializer {
    /// `uniform(-1, 1)`, `xavier`, … (see ``InitializerSyntax``).
    public static var initializer: ValueSyntax {
        ValueSyntax(documentation: "initializer (see Initializers)", written: { "\($0)" }) { value throws(Diagnostic) in
            try InitializerSyntax.parse(value)
        }
    }
}
