import NeuralEngine
import NotebookKit

/// Layer lines for images and regularisation in a `{model}` step:
///
///     conv2d 8, kernel: 3, stride: 1, padding: 0, init: he-normal
///     maxpool 2, stride: 2
///     flatten
///     dropout 0.5
///
/// The first number is the filter count, the pooling window's side, or the dropout rate.
extension LayerSyntax {
    static let conv2dOptions = ["kernel", "stride", "padding", "init", "bias-init"]
    static let maxpoolOptions = ["stride"]
    /// The layer kinds besides `dense` and the activations, by the word that starts their line.
    static let imageLayerWords = ["conv2d", "maxpool", "flatten", "dropout"]

    /// The rows of the layer table in docs/notebook-format.md.
    static let imageLayerDocumentation: [(line: String, meaning: String)] = [
        ("conv2d 8, kernel: 3",
         "2-D convolution, 8 filters of 3×3 over every input channel: $Y_{f,i,j} = b_f + \\sum_{c,a,d} W_{f,c,a,d}\\, X_{c,\\,iS+a,\\,jS+d}$; "
            + "output side $\\lfloor (H + 2P - K)/S \\rfloor + 1$; one bias per filter"),
        ("conv2d 8, kernel: 3, stride: 2, padding: 1, init: he", "… with stride $S$ (default 1), $P$ zeros of padding on every side (default 0) and its own initialisers"),
        ("maxpool 2", "max pooling over 2×2 windows moved by 2 (`maxpool 3, stride: 1` for overlapping windows); the gradient goes to each window's (first) maximum"),
        ("flatten", "reads each sample's channels × height × width values as one row of features"),
        ("dropout 0.5", "inverted dropout in training only: each value is kept with probability $1 - p$ and scaled by $1/(1 - p)$; "
            + "the mask is drawn from the notebook's random stream (with `rng: numpy`, numpy's `binomial(1, 1 - p, size)` as nnfs draws it); "
            + "evaluation, prediction and plots pass values through unchanged"),
    ]

    /// The layer on `line` when it starts with one of ``imageLayerWords``, else `nil`.
    static func imageLayer(_ line: OptionValue) throws(Diagnostic) -> LayerSpec? {
        let parts = splitTopLevel(line.text)
        let headWords = parts[0].text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let word = headWords.first?.lowercased(), imageLayerWords.contains(word) else { return nil }
        let head = parts[0]
        func headError(_ message: String) -> Diagnostic {
            line.error(message, offset: head.offset, length: head.text.utf8.count)
        }
        let options = try keyValues(parts.dropFirst(), of: line)
        switch word {
        case "flatten":
            guard headWords.count == 1, options.isEmpty else { throw headError("flatten takes nothing: write 'flatten'") }
            return .flatten
        case "dropout":
            guard headWords.count == 2, let rate = Double(headWords[1]), rate > 0, rate < 1, options.isEmpty else {
                throw headError("a dropout layer is written 'dropout RATE' with 0 < RATE < 1, e.g. 'dropout 0.5'")
            }
            return .dropout(rate: rate)
        case "maxpool":
            guard headWords.count == 2, let size = Int(headWords[1]), size >= 1 else {
                throw headError("a max-pooling layer is written 'maxpool SIZE', e.g. 'maxpool 2'")
            }
            var stride: Int?
            for (key, value, offset) in options {
                switch key {
                case "stride": stride = try ValueParser.integer(value, in: 1...1000)
                default: throw unknownOption(key, of: "maxpool", among: maxpoolOptions, line: line, offset: offset)
                }
            }
            return .maxpool(size: size, stride: stride)
        default:
            guard headWords.count == 2, let filters = Int(headWords[1]), filters >= 1 else {
                throw headError("a convolution is written 'conv2d FILTERS, kernel: SIZE', e.g. 'conv2d 8, kernel: 3'")
            }
            var kernel: Int?
            var stride = 1, padding = 0
            var weightInit: Initializer?, biasInit: Initializer?
            for (key, value, offset) in options {
                switch key {
                case "kernel": kernel = try ValueParser.integer(value, in: 1...1000)
                case "stride": stride = try ValueParser.integer(value, in: 1...1000)
                case "padding": padding = try ValueParser.integer(value, in: 0...1000)
                case "init": weightInit = try InitializerSyntax.parse(value)
                case "bias-init": biasInit = try InitializerSyntax.parse(value)
                default: throw unknownOption(key, of: "conv2d", among: conv2dOptions, line: line, offset: offset)
                }
            }
            guard let kernel else { throw headError("a convolution needs its kernel size, e.g. 'conv2d 8, kernel: 3'") }
            return .conv2d(filters: filters, kernel: kernel, stride: stride, padding: padding,
                           weightInit: weightInit, biasInit: biasInit)
        }
    }

    /// `key: value` parts after a layer's head, each value located at its own characters.
    static func keyValues(_ parts: ArraySlice<(text: String, offset: Int)>, of line: OptionValue)
        throws(Diagnostic) -> [(key: String, value: OptionValue, offset: Int)] {
        var result: [(key: String, value: OptionValue, offset: Int)] = []
        for part in parts {
            guard let colon = part.text.firstIndex(of: ":") else {
                throw line.error("expected 'key: value' after the layer's size", offset: part.offset, length: part.text.utf8.count)
            }
            let key = String(part.text[..<colon]).trimmed
            let valueText = String(part.text[part.text.index(after: colon)...])
            let valueOffset = part.offset + part.text[...colon].utf8.count + (valueText.utf8.count - valueText.trimmedLeading.utf8.count)
            var value = OptionValue(text: valueText.trimmed, location: line.location.advanced(by: line.substitutedFrom == nil ? valueOffset : 0),
                                    substitutedFrom: line.substitutedFrom)
            value.optionName = key
            result.append((key, value, part.offset))
        }
        return result
    }

    private static func unknownOption(_ key: String, of kind: String, among names: [String], line: OptionValue, offset: Int) -> Diagnostic {
        let suggestion = Suggestion.closest(to: key, among: names)
        return line.error("unknown \(kind) option '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                          offset: offset, length: key.utf8.count)
            .with(note: "\(kind) options: " + names.joined(separator: ", "))
    }
}
