// Reading order for the engine:
//   Model/        what a network is: specs, shapes, the flat parameter vector, activations, losses
//   Layers/       the layer interface and one file per kind (dense, activation, conv2d, maxpool,
//                 flatten, dropout): forward and backward side by side
//   Computation/  how it computes: the batch workspace, backpropagation and central differences
//   Training/     the Trainer loop, optimizers, options and results
//   Inspection/   traces of one pass, gradient checks, accuracy and confusion matrices
//   Export/       parameters and history as JSON and CSV, and loading them back

/// A feed-forward network whose parameters all live in ONE flat vector (seed 004's idea).
///
/// The network is a list of layers (``LayerSpec``, one kind per file in `Layers/`), each
/// placed over the flat ``parameters``: a layer's blocks (`W_k`, `b_k`) are views of it
/// (``placements``), a layer without parameters has none. Optimizers, finite differences,
/// gradient checks and export are single loops over the vector, and gradients are a second
/// flat vector with the same layout.
/// Rows are samples: a dense layer computes `Y = X·W + b` with `X` of shape `samples × inputs`.
public struct Network: Sendable {
    public let spec: NetworkSpec
    /// Each layer with its shapes and parameter blocks, in order.
    public let placements: [LayerPlacement]
    /// Every weight and bias, layer after layer (see ``placements``).
    public var parameters: [Double]

    public var parameterCount: Int { parameters.count }
    /// The shape of one input sample.
    public var inputShape: FeatureShape { placements[0].input }
    public var inputCount: Int { inputShape.count }
    /// Values per sample leaving the last layer.
    public var outputCount: Int { widths[widths.count - 1] }
    /// `widths[0]` is the input width and `widths[p + 1]` the output width of layer `p`.
    let widths: [Int]
    /// The layers as the engine runs them.
    var layers: [any Layer] { spec.layers.map(\.layer) }

    /// Builds the layout and draws initial parameters from `random`: block after block, layer
    /// after layer, each in row-major order (see ``Initializer``).
    public init(spec: NetworkSpec, random: inout some RandomSource) throws(NetworkSpecError) {
        try self.init(validatedLayoutOf: spec)
        let placements = self.placements
        parameters.withUnsafeMutableBufferPointer { all in
            for placement in placements {
                for block in placement.blocks {
                    let range = block.block.offset..<(block.block.offset + block.block.count)
                    block.initializer.fill(UnsafeMutableBufferPointer(rebasing: all[range]),
                                           fanIn: block.fanIn, fanOut: block.fanOut, random: &random)
                }
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
        let placements = try spec.placements()
        self.spec = spec
        self.placements = placements
        self.widths = [placements[0].input.count] + placements.map(\.output.count)
        self.parameters = Array(repeating: 0, count: placements.reduce(0) { $0 + $1.parameterCount })
    }

    /// The total number of parameters `spec` describes, or the error that makes it invalid.
    public static func parameterCount(of spec: NetworkSpec) throws(NetworkSpecError) -> Int {
        try Network(validatedLayoutOf: spec).parameters.count
    }

    // MARK: Views of the flat vector

    /// Layers with parameters, in order (`k − 1` of `W_k`).
    public var parameterisedLayers: [LayerPlacement] { placements.filter { $0.parameterNumber != nil } }

    /// `W` of the `layer`-th layer with parameters (0-based among them), as a matrix of its block's shape.
    public func weights(layer: Int) -> Matrix {
        let block = parameterisedLayers[layer].blocks[0].block
        return Matrix(rows: block.rows, columns: block.columns,
                      elements: Array(parameters[block.offset..<(block.offset + block.count)]))
    }

    /// The biases of the `layer`-th layer with parameters: one per output (per filter), one for
    /// a shared bias, none without bias.
    public func bias(layer: Int) -> [Double] {
        guard let block = parameterisedLayers[layer].blocks.first(where: \.isBias)?.block else { return [] }
        return Array(parameters[block.offset..<(block.offset + block.count)])
    }

    /// Named blocks `W1`, `b1`, `W2`, … with offsets and shapes (bias blocks are `1 × count`; absent without bias).
    public var parameterBlocks: [ParameterBlock] {
        placements.flatMap { $0.blocks.map(\.block) }
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

    /// Whether any layer draws random numbers in training (dropout).
    public var drawsTrainingNoise: Bool { spec.layers.contains { $0.layer.drawsTrainingNoise } }
}
