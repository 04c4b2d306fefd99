/// A model as a notebook declares it: layers in order plus model-wide initialisers
/// (each dense layer may override them).
public struct NetworkSpec: Equatable, Sendable {
    public var layers: [LayerSpec]
    /// Initialiser for weights of dense layers that do not name their own.
    public var weightInit: Initializer
    /// Initialiser for biases of dense layers that do not name their own.
    public var biasInit: Initializer

    public init(layers: [LayerSpec], weightInit: Initializer = .xavierUniform, biasInit: Initializer = .constant(0)) {
        self.layers = layers
        self.weightInit = weightInit
        self.biasInit = biasInit
    }

    /// Dense layers only, sizes in order — seed 004's `python3 main.py 10 5 1` is
    /// `linear(sizes: [10, 5, 1], bias: .shared, weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -1, high: 1))`.
    /// Fewer than two sizes give a spec whose ``validate()`` reports no layers.
    public static func linear(sizes: [Int], bias: BiasMode = .perNeuron, weightInit: Initializer = .xavierUniform,
                              biasInit: Initializer = .constant(0)) -> NetworkSpec {
        let layers = zip(sizes, sizes.dropFirst()).map { LayerSpec.dense(inputs: $0, outputs: $1, bias: bias) }
        return NetworkSpec(layers: layers, weightInit: weightInit, biasInit: biasInit)
    }

    /// Whether building a network from this spec consumes random numbers.
    public var drawsRandomNumbers: Bool {
        layers.contains { layer in
            guard case .dense(_, let outputs, let bias, let weightInit, let biasInit) = layer else { return false }
            return (weightInit ?? self.weightInit).drawsRandomNumbers
                || (bias.parameterCount(outputs: outputs) > 0 && (biasInit ?? self.biasInit).drawsRandomNumbers)
        }
    }

    /// Checks sizes, chaining and initialisers; the first mistake is thrown, naming its layer.
    public func validate() throws(NetworkSpecError) {
        guard let first = layers.first else { throw NetworkSpecError(layerIndex: nil, kind: .noLayers) }
        guard case .dense = first else { throw NetworkSpecError(layerIndex: 0, kind: .firstLayerNotDense) }
        var width = 0
        var widthSource = 0
        for (index, layer) in layers.enumerated() {
            switch layer {
            case .dense(let inputs, let outputs, let bias, let weightInit, let biasInit):
                guard inputs > 0, outputs > 0 else {
                    throw NetworkSpecError(layerIndex: index, kind: .nonPositiveSize(inputs: inputs, outputs: outputs))
                }
                if index > 0, inputs != width {
                    throw NetworkSpecError(
                        layerIndex: index,
                        kind: .inputMismatch(expected: inputs, previousLayerIndex: widthSource, previousWidth: width))
                }
                if let reason = (weightInit ?? self.weightInit).problem(rows: inputs, columns: outputs) {
                    throw NetworkSpecError(layerIndex: index, kind: .badInitializer(parameter: "weights", reason: reason))
                }
                let biasCount = bias.parameterCount(outputs: outputs)
                if biasCount > 0, let reason = (biasInit ?? self.biasInit).problem(rows: 1, columns: biasCount) {
                    throw NetworkSpecError(layerIndex: index, kind: .badInitializer(parameter: "bias", reason: reason))
                }
                width = outputs
                widthSource = index
            case .activation(let activation):
                if case .leakyReLU(let slope) = activation, !slope.isFinite {
                    throw NetworkSpecError(layerIndex: index, kind: .badSlope(slope))
                }
            }
        }
    }
}
