import Markup
import NeuralEngine
import NotebookKit

/// Layer lines of a `{model}` step:
///
///     dense 4 -> 3, bias: none, init: uniform(0, 1)
///     sigmoid
///     leaky-relu(0.01)
enum LayerSyntax {
    static let denseOptions = ["bias", "init", "bias-init", "weights", "biases"]

    /// The layer on `line` (an item of the step), or an error at the offending characters.
    static func parse(_ line: OptionValue) throws(Diagnostic) -> LayerSpec {
        let text = line.text.trimmed
        let lower = text.lowercased()
        if lower.hasPrefix("dense") { return try dense(line) }
        let (name, arguments) = try ValueParser.call(OptionValue(text: text, location: line.location, substitutedFrom: line.substitutedFrom))
        guard let activationName = ActivationName(rawValue: name) ?? ActivationName.aliases[name] else {
            let names = ActivationName.allCases.map(\.rawValue)
            let word = String(name.prefix { $0 != " " })
            if let suggestion = Suggestion.closest(to: word, among: names + ["dense"]) {
                throw line.error("unknown layer '\(word)'; did you mean '\(suggestion)'?", length: word.utf8.count)
            }
            throw line.error("unknown layer '\(text)'", length: text.utf8.count)
                .with(note: "layers are 'dense INPUTS -> OUTPUTS' or an activation: " + names.joined(separator: ", "))
        }
        guard let activation = activationName.activation(arguments: arguments) else {
            if activationName == .leakyReLU { throw line.error("leaky-relu takes one slope, e.g. leaky-relu(0.01)") }
            throw line.error("\(activationName.rawValue) takes no arguments")
        }
        return .activation(activation)
    }

    /// The activation named `text` (for the `activation:` and `output:` options).
    static func activation(_ value: OptionValue) throws(Diagnostic) -> Activation {
        guard case .activation(let activation) = try parse(value) else {
            throw value.error("expected an activation (\(ActivationName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return activation
    }

    private static func dense(_ line: OptionValue) throws(Diagnostic) -> LayerSpec {
        let text = line.text
        let parts = splitTopLevel(text)
        let head = parts[0]
        // "dense 2 -> 3" (also "→", "2→3", "2 3").
        var body = String(head.text.trimmed.dropFirst("dense".count))
        body = body.replacingAll("→", with: " ").replacingAll("->", with: " ")
        let numbers = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard numbers.count == 2, let inputs = Int(numbers[0]), let outputs = Int(numbers[1]) else {
            throw line.error("a dense layer is written 'dense INPUTS -> OUTPUTS', e.g. 'dense 2 -> 3'",
                             offset: head.offset, length: head.text.utf8.count)
        }
        guard inputs > 0, outputs > 0 else {
            throw line.error("a dense layer needs at least one input and one output", offset: head.offset, length: head.text.utf8.count)
        }
        var bias = BiasMode.perNeuron
        var weightInit: Initializer?
        var biasInit: Initializer?
        for part in parts.dropFirst() {
            guard let colon = part.text.firstIndex(of: ":") else {
                throw line.error("expected 'key: value' after the layer size", offset: part.offset, length: part.text.utf8.count)
            }
            let key = String(part.text[..<colon]).trimmed
            let valueText = String(part.text[part.text.index(after: colon)...])
            let valueOffset = part.offset + part.text[...colon].utf8.count + (valueText.utf8.count - valueText.trimmedLeading.utf8.count)
            let value = OptionValue(text: valueText.trimmed, location: line.location.advanced(by: line.substitutedFrom == nil ? valueOffset : 0),
                                    substitutedFrom: line.substitutedFrom)
            switch key {
            case "bias":
                var named = value
                named.optionName = "bias"
                bias = try ValueSyntax<BiasChoice>.choice().parse(named).mode
            case "init": weightInit = try InitializerSyntax.parse(value)
            case "bias-init": biasInit = try InitializerSyntax.parse(value)
            case "weights":
                let rows = try ValueParser.matrix(value)
                let matrix = Matrix(rows)
                guard matrix.rows == inputs, matrix.columns == outputs else {
                    throw value.error("weights must be \(inputs)×\(outputs) (one row per input, one column per output), got \(matrix.shapeDescription)")
                }
                weightInit = .literal(matrix)
            case "biases":
                let values = try ValueParser.numberList(value)
                biasInit = .literal(Matrix(rows: 1, columns: values.count, elements: values))
            default:
                let suggestion = Suggestion.closest(to: key, among: denseOptions)
                throw line.error("unknown dense-layer option '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                                 offset: part.offset, length: key.utf8.count)
                    .with(note: "dense-layer options: " + denseOptions.joined(separator: ", "))
            }
        }
        if case .literal(let matrix)? = biasInit {
            let expected = bias == .shared ? 1 : (bias == .none ? 0 : outputs)
            guard matrix.columns == expected else {
                throw line.error("biases must have \(expected) value\(expected == 1 ? "" : "s") for bias: \(bias), got \(matrix.columns)")
            }
        }
        return .dense(inputs: inputs, outputs: outputs, bias: bias, weightInit: weightInit, biasInit: biasInit)
    }

    /// Splits at commas outside brackets and parentheses, keeping byte offsets.
    static func splitTopLevel(_ text: String) -> [(text: String, offset: Int)] {
        var parts: [(String, Int)] = []
        var depth = 0
        var current = ""
        var start = 0
        var offset = 0
        for character in text {
            if character == "[" || character == "(" { depth += 1 }
            if character == "]" || character == ")" { depth -= 1 }
            if character == ",", depth == 0 {
                let leading = current.utf8.count - current.trimmedLeading.utf8.count
                parts.append((current.trimmed, start + leading))
                current = ""
                start = offset + 1
            } else {
                current.append(character)
            }
            offset += character.utf8.count
        }
        let leading = current.utf8.count - current.trimmedLeading.utf8.count
        parts.append((current.trimmed, start + leading))
        return parts
    }
}

extension ValueSyntax where Value == Activation {
    /// An activation as a layer line writes it: `tanh`, `leaky-relu(0.1)`.
    public static var activation: ValueSyntax {
        ValueSyntax(documentation: "activation (see Layers)", written: { ActivationName($0).rawValue }) { value throws(Diagnostic) in
            try LayerSyntax.activation(value)
        }
    }
}
