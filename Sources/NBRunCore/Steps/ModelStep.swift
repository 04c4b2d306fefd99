import NeuralEngine
import NotebookKit

/// `{model}`: declares the network, layer by layer, and draws its first parameters.
struct ModelStep: NotebookStep {
    static let name = "model"
    static let example = """
        dense 2 -> 3
        tanh
        dense 3 -> 1, init: uniform(-1, 1)
        tanh
        init: normal
        bias-init: zeros
        """
    static let summary = "Declares the network: one layer per line (`dense 2 -> 3`, then an activation such as `tanh`), or `layers:` for a stack of dense layers; draws the initial weights from the notebook's random stream."
    static let acceptsItems = true

    static let options: [OptionSpec] = [
        OptionSpec("init", .initializer, default: "xavier", "How weights start, for dense layers that do not name their own."),
        OptionSpec("bias-init", .initializer, default: "zeros", "How biases start, for dense layers that do not name their own."),
        OptionSpec("bias", .choice(["per-neuron", "shared", "none"]), default: "per-neuron",
                   "Bias of the layers made by `layers:`: one per neuron, one shared scalar per layer (seeds 000, 004), or none (seed 003)."),
        OptionSpec("layers", .integerList,
                   "Shorthand for a stack of dense layers by their sizes, e.g. `10, 5, 1` (inputs first); used instead of layer lines."),
        OptionSpec("activation", .text, default: "identity", "With `layers:`, the activation after every hidden dense layer."),
        OptionSpec("output", .text, default: "identity", "With `layers:`, the activation after the last dense layer."),
    ]

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        var layers: [LayerSpec] = []
        var locations: [SourceLocation] = []
        if let sizes = try options.integerList("layers") {
            if let first = options.items.first {
                throw .error("write either 'layers:' or layer lines, not both", at: first.location)
            }
            guard sizes.count >= 2 else {
                throw options.value("layers")!.error("give at least two sizes: inputs and outputs, e.g. '2, 3, 1'")
            }
            let hidden = try LayerSyntax.activation(options.value("activation")!)
            let output = try LayerSyntax.activation(options.value("output")!)
            let bias = DatasetStep.biasMode(try options.choice("bias")!)
            for index in 0..<(sizes.count - 1) {
                layers.append(.dense(inputs: sizes[index], outputs: sizes[index + 1], bias: bias))
                locations.append(options.keyLocation("layers"))
                let activation = index == sizes.count - 2 ? output : hidden
                if activation != .identity {
                    layers.append(.activation(activation))
                    locations.append(options.keyLocation(index == sizes.count - 2 ? "output" : "activation"))
                }
            }
        } else {
            guard !options.items.isEmpty else {
                throw .error("{model} needs layers: lines such as 'dense 2 -> 3' and 'tanh', or 'layers: 2, 3, 1'",
                             at: options.step.nameLocation, length: 5)
            }
            for item in options.items {
                layers.append(try LayerSyntax.parse(item))
                locations.append(item.location)
            }
        }
        let spec = NetworkSpec(
            layers: layers,
            weightInit: try InitializerSyntax.parse(options.value("init")!),
            biasInit: try InitializerSyntax.parse(options.value("bias-init")!))
        let network: Network
        do {
            network = try Network(spec: spec, random: &context.random)
        } catch {
            let location = error.layerIndex.map { locations[$0] } ?? options.step.nameLocation
            throw .error(error.description, at: location)
        }
        if let data = context.data, network.inputCount != data.train.featureCount {
            let firstDense = layers.firstIndex { $0.kind == "dense" } ?? 0
            throw .error(
                "the first layer expects \(network.inputCount) inputs but the data has \(data.train.featureCount) features",
                at: locations[firstDense],
                notes: ["the {dataset} step at \(data.location) gives \(data.train.featureNames.joined(separator: ", "))"])
        }
        context.model = LoadedModel(
            network: network, initialParameters: network.parameters, location: options.step.location,
            layerLocations: locations)
        return [.table(architectureTable(network))]
    }

    /// One row per layer: what it is, its shape, and where its parameters sit in the flat vector.
    static func architectureTable(_ network: Network) -> ResultTable {
        var rows: [[String]] = []
        for layer in network.summary {
            guard let weights = layer.blocks.first else {
                let name = network.spec.layers[layer.layerIndex].activation.map(activationName) ?? layer.description
                rows.append(["\(rows.count + 1)", name, "\(layer.inputShape) → \(layer.outputShape)", "0", "—"])
                continue
            }
            let biasText: String
            if layer.blocks.count > 1 {
                biasText = layer.sharedBias ? "1 shared bias" : "\(layer.blocks[1].count) biases"
            } else {
                biasText = "no bias"
            }
            let number = String(weights.name.dropFirst())
            let kind = layer.kind == "dense" ? "dense \(layer.inputShape.count) → \(layer.outputWidth)" : layer.description
            rows.append([
                "\(rows.count + 1)", kind,
                "W\(PlainText.subscriptDigits(Int(number) ?? 0)) \(weights.rows)×\(weights.columns), \(biasText)",
                NumberFormat.integer(layer.parameterCount),
                "\(weights.offset)…\(weights.offset + layer.parameterCount - 1)",
            ])
        }
        return ResultTable(
            caption: "The model: \(NumberFormat.integer(network.parameterCount)) parameters in one flat vector",
            columns: [.init("layer"), .init("kind", numeric: false), .init("shape", numeric: false),
                      .init("parameters"), .init("positions in the flat vector", numeric: false)],
            rows: rows)
    }

    static func activationName(_ activation: Activation) -> String {
        switch activation {
        case .identity: "identity"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case .leakyReLU(let slope): "leaky ReLU (slope \(slope))"
        case .softmax: "softmax"
        }
    }
}
