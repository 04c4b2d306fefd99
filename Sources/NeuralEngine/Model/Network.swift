// Reading order for the engine:
//   Model/        what a network is: specs, the flat parameter vector, activations, losses
//   Computation/  how it computes: dense-layer forward/backward, the batch workspace,
//                 backpropagation and central differences
//   Training/     the Trainer loop, optimizers, options and results
//   Inspection/   traces of one pass, gradient checks, accuracy and confusion matrices
//   Export/       parameters and history as JSON and CSV, and loading them back

/// A feed-forward network whose weights and biases all live in ONE flat vector (seed 004's idea).
///
/// Dense layers read 2-D views of ``parameters`` through their ``DenseLayerLayout``;
/// optimizers, finite differences, gradient checks and export are single loops over it,
/// and gradients are a second flat vector with the same layout.
/// Rows are samples: a dense layer computes `Y = X·W + b` with `X` of shape `samples × inputs`.
public struct Network: Sendable {
    public let spec: NetworkSpec
    /// One entry per dense layer, in order.
    public let denseLayers: [DenseLayerLayout]
    /// The layers as the engine runs them.
    let operations: [Operation]
    /// Every weight and bias, layer after layer (see ``DenseLayerLayout``).
    public var parameters: [Double]

    public var parameterCount: Int { parameters.count }
    public var inputCount: Int { denseLayers[0].inputs }
    /// Width of the last layer.
    public var outputCount: Int { widths[widths.count - 1] }
    /// `widths[0]` is the input width and `widths[p + 1]` the output width of operation `p`.
    let widths: [Int]

    /// Builds the layout and draws initial parameters from `random` (see ``Initializer`` for the order).
    public init(spec: NetworkSpec, random: inout some RandomSource) throws(NetworkSpecError) {
        try self.init(validatedLayoutOf: spec)
        let layouts = denseLayers
        parameters.withUnsafeMutableBufferPointer { all in
            for layout in layouts {
                guard case .dense(_, _, _, let weightInit, let biasInit) = spec.layers[layout.layerIndex] else { continue }
                let weights = UnsafeMutableBufferPointer(rebasing: all[layout.weightOffset..<layout.biasOffset])
                (weightInit ?? spec.weightInit).fill(weights, fanIn: layout.inputs, fanOut: layout.outputs, random: &random)
                let biases = UnsafeMutableBufferPointer(rebasing: all[layout.biasOffset..<(layout.biasOffset + layout.biasCount)])
                (biasInit ?? spec.biasInit).fill(biases, fanIn: layout.inputs, fanOut: layout.outputs, random: &random)
            }
        }
    }

    /// A network for a spec whose initialisers draw nothing (constants and literals).
    /// Precondition: ``NetworkSpec/drawsRandomNumbers`` is false.
    public init(spec: NetworkSpec) throws(NetworkSpecError) {
        precondition(!spec.drawsRandomNumbers, "this model's initialisers need a RandomSource")
        var none = NoRandomness()
        try self.init(spec: spec, random: &none)
    }

    /// A network with the given flat parameters (for example restored from export).
    /// Precondition: `parameters.count` matches the layout (check ``parameterCount(of:)`` first).
    public init(spec: NetworkSpec, parameters: [Double]) throws(NetworkSpecError) {
        try self.init(validatedLayoutOf: spec)
        precondition(parameters.count == self.parameters.count, "expected \(self.parameters.count) parameters, got \(parameters.count)")
        self.parameters = parameters
    }

    private init(validatedLayoutOf spec: NetworkSpec) throws(NetworkSpecError) {
        try spec.validate()
        self.spec = spec
        var layouts: [DenseLayerLayout] = []
        var operations: [Operation] = []
        var widths: [Int] = []
        var offset = 0
        for (index, layer) in spec.layers.enumerated() {
            switch layer {
            case .dense(let inputs, let outputs, let bias, _, _):
                if widths.isEmpty { widths.append(inputs) }
                let layout = DenseLayerLayout(
                    layerIndex: index, denseIndex: layouts.count, inputs: inputs, outputs: outputs,
                    bias: bias, weightOffset: offset, biasOffset: offset + inputs * outputs)
                offset = layout.parameterRange.upperBound
                layouts.append(layout)
                operations.append(.dense(layout))
                widths.append(outputs)
            case .activation(let activation):
                operations.append(.activation(activation))
                widths.append(widths[widths.count - 1])
            }
        }
        self.denseLayers = layouts
        self.operations = operations
        self.widths = widths
        self.parameters = Array(repeating: 0, count: offset)
    }

    /// The total number of parameters `spec` describes, or the error that makes it invalid.
    public static func parameterCount(of spec: NetworkSpec) throws(NetworkSpecError) -> Int {
        try Network(validatedLayoutOf: spec).parameters.count
    }

    // MARK: Views of the flat vector

    /// `W` of the `layer`-th dense layer (0-based among dense layers), `inputs × outputs`.
    public func weights(layer: Int) -> Matrix {
        let layout = denseLayers[layer]
        return Matrix(rows: layout.inputs, columns: layout.outputs,
                      elements: Array(parameters[layout.weightOffset..<layout.biasOffset]))
    }

    /// The biases of the `layer`-th dense layer: `outputs` values, one for `.shared`, none for `.none`.
    public func bias(layer: Int) -> [Double] {
        let layout = denseLayers[layer]
        return Array(parameters[layout.biasOffset..<(layout.biasOffset + layout.biasCount)])
    }

    /// Named blocks `W1`, `b1`, `W2`, … with offsets and shapes (bias blocks are `1 × count`; absent when `.none`).
    public var parameterBlocks: [ParameterBlock] {
        denseLayers.flatMap { layout -> [ParameterBlock] in
            var blocks = [ParameterBlock(name: layout.weightName, layerIndex: layout.layerIndex,
                                         offset: layout.weightOffset, rows: layout.inputs, columns: layout.outputs)]
            if layout.biasCount > 0 {
                blocks.append(ParameterBlock(name: layout.biasName, layerIndex: layout.layerIndex,
                                             offset: layout.biasOffset, rows: 1, columns: layout.biasCount))
            }
            return blocks
        }
    }

    /// The same network with other parameters (e.g. a ``ParameterSnapshot``'s). Precondition: same count.
    public func replacingParameters(_ parameters: [Double]) -> Network {
        precondition(parameters.count == self.parameters.count, "expected \(self.parameters.count) parameters, got \(parameters.count)")
        var copy = self
        copy.parameters = parameters
        return copy
    }

    /// Plain gradient descent on the flat vector: `θ ← θ − learningRate · gradient`.
    public mutating func descend(along gradient: [Double], learningRate: Double) {
        precondition(gradient.count == parameters.count, "gradient of the wrong length")
        for i in parameters.indices { parameters[i] -= learningRate * gradient[i] }
    }
}

/// One step of the forward pass, in order.
enum Operation: Sendable {
    case dense(DenseLayerLayout)
    case activation(Activation)
}
