import NeuralEngine
import NotebookKit

/// A penalty strength as a notebook writes `l1:` or `l2:`: one number for every layer
/// (`l2: 1e-3`), or strengths for named layers (`l2: W1=1e-3, W2=0.01`); unnamed layers get 0.
enum PenaltySyntax {
    /// A strength, model-wide or per layer (named by its weights, `W1`, `W2`, …).
    enum Strength: Sendable {
        case model(Double)
        case layers([(name: String, strength: Double, offset: Int)])
    }

    static func parse(_ value: OptionValue) throws(Diagnostic) -> Strength {
        let text = value.text
        guard text.contains("=") else {
            let strength = try ValueParser.number(value)
            guard strength >= 0 else { throw value.error("a penalty strength must be ≥ 0, not \(value.text.trimmed)") }
            return .model(strength)
        }
        var layers: [(name: String, strength: Double, offset: Int)] = []
        for (item, offset) in ValueParser.listItems(text) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw value.error("expected 'W1=0.001', got '\(item)'", offset: offset, length: item.utf8.count)
            }
            let name = String(parts[0]).trimmed, number = String(parts[1]).trimmed
            guard let strength = ValueParser.parseNumber(number), strength >= 0 else {
                throw value.error("'\(number)' is not a penalty strength (a number ≥ 0)", offset: offset, length: item.utf8.count)
            }
            layers.append((name, strength, offset))
        }
        return .layers(layers)
    }

    /// The strength of each layer with parameters, in order; a name that is not one of the
    /// model's weight blocks is an error at that name.
    static func strengths(_ strength: Strength, value: OptionValue?, network: Network) throws(Diagnostic) -> [Double] {
        let names = network.layerParameterRanges.map(\.weightName)
        switch strength {
        case .model(let value): return names.map { _ in value }
        case .layers(let given):
            var strengths = names.map { _ in 0.0 }
            for (name, value_, offset) in given {
                guard let index = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                    // (A per-layer strength is always written, so `value` is there.)
                    throw value!.error("the model has no layer '\(name)'", offset: offset, length: name.utf8.count)
                        .with(note: "layers with weights: " + names.joined(separator: ", "))
                }
                strengths[index] = value_
            }
            return strengths
        }
    }

    /// The engine's regularisation from the `l1` and `l2` strengths per layer.
    static func regularization(l1: [Double], l2: [Double], includesBiases: Bool, network: Network) -> Regularization {
        let uniform = Set(l1).count <= 1 && Set(l2).count <= 1
        if uniform {
            return Regularization(model: Penalty(l1: l1.first ?? 0, l2: l2.first ?? 0, includesBiases: includesBiases))
        }
        return Regularization(layers: network.layerParameterRanges.enumerated().map { index, layer in
            .init(layerIndex: layer.layerIndex, penalty: Penalty(l1: l1[index], l2: l2[index], includesBiases: includesBiases))
        })
    }
}

extension ValueSyntax where Value == PenaltySyntax.Strength {
    /// `1e-3` for every layer, or `W1=1e-3, W2=0.01` per layer.
    static var penaltyStrength: ValueSyntax {
        ValueSyntax(documentation: "number ≥ 0, or `W1=…, W2=…`", written: PenaltySyntax.written) { value throws(Diagnostic) in
            try PenaltySyntax.parse(value)
        }
    }
}

extension PenaltySyntax {
    /// A strength as a notebook writes it.
    @Sendable static func written(_ strength: Strength) -> String {
        switch strength {
        case .model(let value): NumberText.notebook(value)
        case .layers(let layers): layers.map { "\($0.name)=\(NumberText.notebook($0.strength))" }.joined(separator: ", ")
        }
    }
}
