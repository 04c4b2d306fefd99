import Numerals
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

    struct Options: StepOptionList {
        let initializer = StepOption("init", .initializer, defaultWritten: "xavier", "How weights start, for dense layers that do not name their own.")
        let biasInit = StepOption("bias-init", .initializer, defaultWritten: "zeros", "How biases start, for dense layers that do not name their own.")
        let bias = StepOption("bias", .choice(BiasChoice.self), default: .perNeuron,
                          "Bias of the layers made by `layers:`: one per neuron, one shared scalar per layer (seeds 000, 004), or none (seed 003).")
        let layers = OptionalStepOption("layers", .integerList(1...Int.max),
                                    "Shorthand for a stack of dense layers by their sizes, e.g. `10, 5, 1` (inputs first); used instead of layer lines.")
        let activation = StepOption("activation", .activation, default: .identity, "With `layers:`, the activation after every hidden dense layer.")
        let output = StepOption("output", .activation, default: .identity, "With `layers:`, the activation after the last dense layer.")
    }

    /// Every layer line parses before any step runs.
    static func check(_ options: StepOptions<Options>) throws(Diagnostic) {
        _ = try layers(options)
    }

    /// The layers and where each was declared.
    static func layers(_ options: StepOptions<Options>) throws(Diagnostic) -> (layers: [LayerSpec], locations: [SourceLocation]) {
        var layers: [LayerSpec] = []
        var locations: [SourceLocation] = []
        if let sizes = options[\.layers] {
            if let first = options.items.first {
                throw .error("write either 'layers:' or layer lines, not both", at: first.location)
            }
            guard sizes.count >= 2 else {
                throw options.error("give at least two sizes: inputs and outputs, e.g. '2, 3, 1'", about: \.layers)
            }
            let bias = options[\.bias].mode
            for index in 0..<(sizes.count - 1) {
                layers.append(.dense(inputs: sizes[index], outputs: sizes[index + 1], bias: bias))
                locations.append(options.keyLocation(\.layers))
                let isLast = index == sizes.count - 2
                let activation = isLast ? options[\.output] : options[\.activation]
                if activation != .identity {
                    layers.append(.activation(activation))
                    locations.append(isLast ? options.keyLocation(\.output) : options.keyLocation(\.activation))
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
        return (layers, locations)
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let (layers, locations) = try Self.layers(options)
        let spec = NetworkSpec(
            layers: layers,
            weightInit: options[\.initializer], biasInit: options[\.biasInit], inputShape: context.data?.inputShape)
        let network: Network
        do {
            network = try Network(spec: spec, random: &context.random)
        } catch {
            let location = error.layerIndex.map { locations[$0] } ?? options.step.nameLocation
            throw .error(error.description, at: location)
        }
        if let data = context.data, network.inputCount != data.train.featureCount {
            let firstDense = layers.firstIndex { $0.kind == "dense" || $0.kind == "conv2d" } ?? 0
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
        var rows: [[Cell]] = []
        for layer in network.summary {
            guard let weights = layer.blocks.first else {
                let name = network.spec.layers[layer.layerIndex].activation.map(ActivationName.displayName) ?? layer.description
                rows.append([.integer(rows.count + 1), .text(name), .text("\(layer.inputShape) → \(layer.outputShape)"),
                             .integer(0), .missing])
                continue
            }
            let biasText: String
            if layer.blocks.count > 1 {
                biasText = layer.sharedBias ? "1 shared bias" : layer.blocks[1].count == 1 ? "1 bias" : "\(layer.blocks[1].count) biases"
            } else {
                biasText = "no bias"
            }
            let number = Int(weights.name.dropFirst()) ?? 0
            let kind = layer.kind == "dense" ? "dense \(layer.inputShape.count) → \(layer.outputWidth)" : layer.description
            rows.append([
                .integer(rows.count + 1), .text(kind),
                .text("W\(Numerals.subscriptDigits(number)) \(weights.rows)×\(weights.columns), \(biasText)"),
                .integer(layer.parameterCount), .text("\(weights.offset)…\(weights.offset + layer.parameterCount - 1)"),
            ])
        }
        return ResultTable(
            caption: "The model: \(NumberStyle.integer.format(network.parameterCount)) parameters in one flat vector",
            columns: [.init("layer"), .init("kind", numeric: false), .init("shape", numeric: false),
                      .init("parameters"), .init("positions in the flat vector", numeric: false)],
            rows: rows)
    }
}
