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

    /// `W_k` and `b_k` of every layer k with parameters, as the flat vector holds them (a dense
    /// layer's `W` is inputs × outputs, a convolution's filters × channels·kernel²).
    static func matrices(of network: Network, precision: Int) -> [NamedMatrix] {
        var result: [NamedMatrix] = []
        for layer in network.summary {
            for block in layer.blocks {
                let isBias = block.name.hasPrefix("b")
                let values = Array(network.parameters[block.offset..<(block.offset + block.count)])
                result.append(NamedMatrix(
                    texName: "\(block.name.prefix(1))_{\(block.name.dropFirst())}",
                    description: isBias && layer.sharedBias ? "one bias shared by the whole layer" : nil,
                    rows: block.rows, columns: block.columns, values: values, precision: precision))
            }
        }
        return result
    }
}
