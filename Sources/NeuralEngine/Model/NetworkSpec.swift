/// A model as a notebook declares it: layers in order plus model-wide initialisers
/// (each parameterised layer may override them), and the shape of one input sample when
/// the first layer does not fix it (a convolution needs `channels × height × width`).
public struct NetworkSpec: Equatable, Sendable {
    public var layers: [LayerSpec]
    /// Initialiser for weights of layers that do not name their own.
    public var weightInit: Initializer
    /// Initialiser for biases of layers that do not name their own.
    public var biasInit: Initializer
    /// The shape of one input sample; `nil` takes it from the first layer (a dense layer's `inputs`).
    public var inputShape: FeatureShape?

    public init(layers: [LayerSpec], weightInit: Initializer = .xavierUniform, biasInit: Initializer = .constant(0),
                inputShape: FeatureShape? = nil) {
        self.layers = layers
        self.weightInit = weightInit
        self.biasInit = biasInit
        self.inputShape = inputShape
    }

    /// Dense layers only, sizes in order — seed 004's `python3 main.py 10 5 1` is
    /// `linear(sizes: [10, 5, 1], bias: .shared, weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -1, high: 1))`.
    /// Fewer than two sizes give a spec whose ``validate()`` reports no layers.
    public static func linear(sizes: [Int], bias: BiasMode = .perNeuron, weightInit: Initializer = .xavierUniform,
                              biasInit: Initializer = .constant(0)) -> NetworkSpec {
        let layers = zip(sizes, sizes.dropFirst()).map { LayerSpec.dense(inputs: $0, outputs: $1, bias: bias) }
        return NetworkSpec(layers: layers, weightInit: weightInit, biasInit: biasInit)
    }

    /// Whether building a network from this spec consumes random numbers (false for an invalid spec).
    public var drawsRandomNumbers: Bool {
        guard let placed = try? placements() else { return false }
        return placed.contains { !$0.blocks.isEmpty && $0.blocks.contains { $0.initializer.drawsRandomNumbers } }
    }

    /// The input shape the network takes (the declared one, else the first layer's), or `nil`.
    public var resolvedInputShape: FeatureShape? { inputShape ?? layers.first?.layer.declaredInput }

    /// Checks sizes, chaining, options and initialisers; the first mistake is thrown, naming its layer.
    public func validate() throws(NetworkSpecError) {
        _ = try placements()
    }

    /// Each layer with its input and output shapes and its parameter blocks in the flat vector.
    func placements() throws(NetworkSpecError) -> [LayerPlacement] {
        guard let first = layers.first else { throw NetworkSpecError(layerIndex: nil, kind: .noLayers) }
        guard var shape = inputShape ?? first.layer.declaredInput else {
            throw NetworkSpecError(layerIndex: 0, kind: first.layer is ActivationLayer ? .firstLayerNotDense : .inputShapeUnknown(kind: first.kind))
        }
        var shapeSource: Int? = nil
        var offset = 0
        var parameterised = 0
        var placed: [LayerPlacement] = []
        for (index, spec) in layers.enumerated() {
            let layer = spec.layer
            let output: FeatureShape
            do { output = try layer.outputShape(input: shape) } catch { throw NetworkSpecError(layerIndex: index, kind: error) }
            if let declared = layer.declaredInput, declared.count != shape.count {
                if let shapeSource {
                    throw NetworkSpecError(layerIndex: index, kind: .inputMismatch(
                        expected: declared.count, previousLayerIndex: shapeSource, previousWidth: shape.count))
                }
                throw NetworkSpecError(layerIndex: index, kind: .inputShapeMismatch(expected: declared.count, shape: shape))
            }
            var blocks: [PlacedBlock] = []
            let shapes = layer.parameterShapes(input: shape)
            if !shapes.isEmpty { parameterised += 1 }
            for block in shapes {
                let initializer = block.role == .weights ? (spec.weightInit ?? weightInit) : (spec.biasInit ?? biasInit)
                if let reason = initializer.problem(rows: block.rows, columns: block.columns) {
                    throw NetworkSpecError(layerIndex: index, kind: .badInitializer(
                        parameter: block.role == .weights ? "weights" : "bias", reason: reason))
                }
                let name = (block.role == .weights ? "W" : "b") + "\(parameterised)"
                blocks.append(PlacedBlock(
                    block: ParameterBlock(name: name, layerIndex: index, offset: offset, rows: block.rows, columns: block.columns),
                    role: block.role, initializer: initializer, fanIn: block.fanIn, fanOut: block.fanOut, note: block.note))
                offset += block.count
            }
            placed.append(LayerPlacement(index: index, input: shape, output: output, blocks: blocks,
                                         parameterNumber: shapes.isEmpty ? nil : parameterised))
            // The layer an error names as the source of a width: the last one that changed it.
            if output != shape || shapeSource == nil { shapeSource = index }
            shape = output
        }
        return placed
    }
}
