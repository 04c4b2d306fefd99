/// One kind of layer: its shape arithmetic, its parameters, and its forward and backward
/// passes side by side (micrograd's `_backward` beside each operation, mlx-swift's one file
/// per layer). Every layer kind is one file in `Layers/`; a ``Network`` is a list of them
/// over ONE flat parameter vector, each parameterised layer reading its blocks as views.
///
/// Rows are samples. A layer maps a batch `X` of `rows` samples, each ``FeatureShape/count``
/// values of its input shape, to a batch `Y` of its output shape. In backpropagation it turns
/// `∂E/∂Y` into `∂E/∂X` and writes `∂E/∂θ` for its own parameters.
///
/// Adding a kind: a file with a type conforming to this protocol and a `LayerSpec` factory,
/// its entry in ``LayerRegistry/kinds`` (for loading exports), and its notebook syntax.
protocol Layer: Sendable, Equatable {
    /// The kind's name in exports and tables: `dense`, `conv2d`, …
    static var kind: String { get }

    /// The input a layer fixes by itself (a dense layer's `inputs`), if any: the first layer of a
    /// model without a declared input shape must have one.
    var declaredInput: FeatureShape? { get }

    /// The output shape for `input`, or what is wrong (sizes, options, the shape itself).
    func outputShape(input: FeatureShape) throws(NetworkSpecError.Kind) -> FeatureShape

    /// The parameter blocks, in the order they sit in the flat vector (none by default).
    func parameterShapes(input: FeatureShape) -> [ParameterShape]

    /// Words for a model table: `dense 4 → 3 (no bias)`, `conv2d 8 filters 3×3`, ….
    func summary(input: FeatureShape, output: FeatureShape) -> String

    /// Doubles of private memory the layer needs for a batch of up to `capacity` samples
    /// (0 by default); `backward: false` for a forward-only workspace.
    func scratchCount(input: FeatureShape, output: FeatureShape, capacity: Int, backward: Bool) -> Int

    /// The random numbers the layer needs before each training pass (dropout's mask), drawn
    /// by the workspace into the layer's scratch memory; `nil` (the default) for none.
    var trainingNoise: TrainingNoise? { get }

    /// `Y = f(X)`: reads `pass.input`, writes `pass.output`.
    func forward(_ pass: LayerPass)

    /// From `∂E/∂Y` (`outputGradient`): writes `∂E/∂θ` into this layer's blocks of the flat
    /// `gradient` (overwriting them) and, when `inputGradient` is given, `∂E/∂X`. `pass` holds
    /// the input and output of the last forward pass.
    func backward(_ pass: LayerPass, outputGradient: UnsafePointer<Double>,
                  inputGradient: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>)

    /// The output when parameter `j` of this layer (0-based within its blocks) is moved by
    /// `shift`, for central differences; `cachedOutput` holds the unmoved output and
    /// `movable` a copy of the flat parameters this call may change and must restore.
    /// By default: `θ_j ← θ_j + shift`, ``forward(_:)``, restore.
    func forwardNudged(_ pass: LayerPass, parameter j: Int, by shift: Double,
                       cachedOutput: UnsafePointer<Double>, movable: UnsafeMutablePointer<Double>)

    /// The layer as an export lists it.
    var exportEntry: ParameterExport.Layer { get }

    /// The layer an export entry of this kind describes.
    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> Self
}

extension Layer {
    var declaredInput: FeatureShape? { nil }
    func parameterShapes(input: FeatureShape) -> [ParameterShape] { [] }
    func scratchCount(input: FeatureShape, output: FeatureShape, capacity: Int, backward: Bool) -> Int { 0 }
    var trainingNoise: TrainingNoise? { nil }
    var drawsTrainingNoise: Bool { trainingNoise != nil }

    func forwardNudged(_ pass: LayerPass, parameter j: Int, by shift: Double,
                       cachedOutput: UnsafePointer<Double>, movable: UnsafeMutablePointer<Double>) {
        let index = pass.parameterOffset + j
        let saved = movable[index]
        movable[index] = saved + shift
        forward(pass.with(parameters: UnsafePointer(movable)))
        movable[index] = saved
    }

    /// Whether `other` is the same layer.
    func isEqual(to other: any Layer) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}

/// A block a layer asks for in the flat vector; the network names it (`W2`, `b2`) and places it.
struct ParameterShape: Equatable, Sendable {
    enum Role: Equatable, Sendable {
        /// Drawn from the model's weight initialiser unless the layer names its own.
        case weights
        /// Drawn from the model's bias initialiser unless the layer names its own.
        case bias
    }

    var role: Role
    var rows: Int
    var columns: Int
    /// The fan-in and fan-out the scaled initialisers (Glorot, He) use.
    var fanIn: Int
    var fanOut: Int
    /// A remark for weight tables (`one bias shared by the whole layer`).
    var note: String? = nil

    var count: Int { rows * columns }
}

/// Random numbers a layer needs before a training pass. The workspace draws them from the
/// notebook's stream (one specialised loop, no call through the layer per draw) into the
/// first `rows × input count` values of the layer's scratch memory, row after row.
enum TrainingNoise: Equatable, Sendable {
    /// `m_i = b_i / keep` with `b_i` = ``RandomSource/binomial(trials:probability:)`` `(1, keep)`:
    /// an inverted-dropout mask.
    case scaledBernoulliMask(keep: Double)
}
