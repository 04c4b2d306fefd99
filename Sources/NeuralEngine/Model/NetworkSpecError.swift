/// A mistake in a model description, naming the layer it is in.
///
/// `layerIndex` is the 0-based position in ``NetworkSpec/layers`` (the pipeline maps it to
/// the notebook line); the description counts layers from 1, as a reader does.
public struct NetworkSpecError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Error, Equatable, Sendable {
        /// The model has no layers.
        case noLayers
        /// The first layer must be dense: it fixes the number of input features.
        case firstLayerNotDense
        /// A dense layer with zero or negative `inputs` or `outputs`.
        case nonPositiveSize(inputs: Int, outputs: Int)
        /// A dense layer's `inputs` differ from the width `previousLayerIndex` produces.
        case inputMismatch(expected: Int, previousLayerIndex: Int, previousWidth: Int)
        /// An initialiser that cannot fill this layer's `weights` or `bias` (reason in words).
        case badInitializer(parameter: String, reason: String)
        /// A leaky ReLU slope that is not finite.
        case badSlope(Double)
        /// The first layer (of this kind) does not fix the input shape and the model declares none.
        case inputShapeUnknown(kind: String)
        /// The first layer expects `expected` inputs but the declared input shape has another count.
        case inputShapeMismatch(expected: Int, shape: FeatureShape)
        /// A layer whose settings do not fit its input (reason in words).
        case unfit(String)
    }

    public var layerIndex: Int?
    public var kind: Kind

    public init(layerIndex: Int?, kind: Kind) {
        self.layerIndex = layerIndex
        self.kind = kind
    }

    public var description: String {
        let prefix = layerIndex.map { "layer \($0 + 1): " } ?? ""
        switch kind {
        case .noLayers:
            return "the model has no layers"
        case .firstLayerNotDense:
            return prefix + "the first layer must be dense (it sets the number of inputs)"
        case .nonPositiveSize(let inputs, let outputs):
            return prefix + "a dense layer needs at least 1 input and 1 output, got \(inputs) → \(outputs)"
        case .inputMismatch(let expected, let previous, let width):
            return prefix + "expects \(expected) inputs but layer \(previous + 1) gives \(width)"
        case .badInitializer(let parameter, let reason):
            return prefix + "\(parameter) initialiser: \(reason)"
        case .badSlope(let slope):
            return prefix + "leaky ReLU slope must be finite, got \(slope)"
        case .inputShapeUnknown(let kind):
            return prefix + "a \(kind) layer cannot come first without the input's shape (give the data a shape, e.g. 1×8×8)"
        case .inputShapeMismatch(let expected, let shape):
            return prefix + "expects \(expected) inputs but the input has shape \(shape) (\(shape.count) values)"
        case .unfit(let reason):
            return prefix + reason
        }
    }
}
