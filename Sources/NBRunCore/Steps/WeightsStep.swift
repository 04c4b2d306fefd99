import NeuralEngine
import NotebookKit

/// `{weights}`: every dense layer's weight matrix and bias, with shapes.
struct WeightsStep: NotebookStep {
    static let name = "weights"
    static let example = """
        which: initial
        precision: 4
        caption: Weights before training.
        """
    static let summary = "Shows each dense layer's weights W and biases b as tables, with their shapes, as they are at this point of the notebook (or as they started)."

    struct Options: StepOptionList {
        let which = StepOption("which", .choice(ParameterMoment.self), default: .current,
                           "`current`: the parameters now; `initial`: those the model started from.")
        let precision = StepOption("precision", .integer(0...12), default: 4, "Decimals shown.")
        let caption = OptionalStepOption("caption", .inlineMarkdown, "A caption above the tables (Markdown, may contain math).")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        var network = model.network
        switch options[\.which] {
        case .current: break
        case .initial: network.parameters = model.initialParameters
        }
        let precision = options[\.precision]
        var parts: [ResultPart] = []
        if let caption = options[\.caption] { parts.append(.text(caption)) }
        parts += matrices(of: network, precision: precision).map(ResultPart.matrix)
        return parts
    }

    /// `W_k` (inputs × outputs) and `b_k` for every dense layer k.
    static func matrices(of network: Network, precision: Int) -> [NamedMatrix] {
        var result: [NamedMatrix] = []
        for (index, layer) in network.denseLayers.enumerated() {
            let weights = network.weights(layer: index)
            result.append(NamedMatrix(
                texName: "W_{\(index + 1)}", description: nil,
                rows: weights.rows, columns: weights.columns, values: weights.elements, precision: precision))
            let bias = network.bias(layer: index)
            switch layer.bias {
            case .none:
                continue
            case .shared:
                result.append(NamedMatrix(texName: "b_{\(index + 1)}", description: "one bias shared by the whole layer",
                                          rows: 1, columns: 1, values: bias, precision: precision))
            case .perNeuron:
                result.append(NamedMatrix(texName: "b_{\(index + 1)}", description: nil,
                                          rows: 1, columns: bias.count, values: bias, precision: precision))
            }
        }
        return result
    }
}
