/// One row of a model summary table.
public struct LayerSummary: Equatable, Sendable {
    /// 0-based position in ``NetworkSpec/layers``.
    public var layerIndex: Int
    /// `dense 4 → 3 (no bias)`, `sigmoid`, …
    public var description: String
    /// Values per sample leaving the layer.
    public var outputWidth: Int
    /// Weights and biases of the layer (0 for activations).
    public var parameterCount: Int

    public init(layerIndex: Int, description: String, outputWidth: Int, parameterCount: Int) {
        self.layerIndex = layerIndex
        self.description = description
        self.outputWidth = outputWidth
        self.parameterCount = parameterCount
    }
}

extension Network {
    /// One row per layer, in order (the total is ``parameterCount``).
    public var summary: [LayerSummary] {
        operations.enumerated().map { p, operation in
            switch operation {
            case .dense(let layout):
                let bias = switch layout.bias {
                case .perNeuron: ""
                case .shared: " (one shared bias)"
                case .none: " (no bias)"
                }
                return LayerSummary(layerIndex: p, description: "dense \(layout.inputs) → \(layout.outputs)\(bias)",
                                    outputWidth: layout.outputs, parameterCount: layout.weightCount + layout.biasCount)
            case .activation(let activation):
                return LayerSummary(layerIndex: p, description: activation.name, outputWidth: widths[p + 1], parameterCount: 0)
            }
        }
    }
}
