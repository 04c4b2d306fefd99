/// What a traced value is.
public enum TraceQuantity: String, Hashable, Sendable, Codable {
    /// A dense layer's input (`X` for the first; for later layers it repeats the previous
    /// layer's output under the same symbol, so a table per layer is complete on its own).
    case layerInput
    /// A dense layer's linear transform `Z = X·W + b`.
    case linearTransform
    /// An activation's output `A = f(Z)` (the last one is the prediction `ŷ`).
    case activationOutput
    /// The loss of each sample (one column).
    case sampleLoss
    /// `∂E/∂ŷ`, the loss gradient with respect to the network's output.
    case outputGradient
    /// `f′(Z)` of an element-wise activation.
    case activationDerivative
    /// `∂E/∂Z`, the gradient at an activation's input.
    case linearTransformGradient
    /// `∂E/∂W` of a dense layer.
    case weightGradient
    /// `∂E/∂b` of a dense layer (one row).
    case biasGradient
    /// `∂E/∂X` of a dense layer (the gradient passed to the layer before).
    case inputGradient
}

/// One intermediate value of a traced pass.
public struct TraceEntry: Equatable, Sendable {
    public var quantity: TraceQuantity
    /// 0-based position in ``NetworkSpec/layers`` of the layer it belongs to (`nil` for the loss).
    public var layerIndex: Int?
    /// The lesson's name for it: `X`, `Z1`, `A1`, `E`, `∂E/∂A2`, `f′(Z2)`, `∂E/∂W1`, …
    public var symbol: String
    public var value: Matrix
    /// `rows×columns`.
    public var shape: String { value.shapeDescription }

    public init(quantity: TraceQuantity, layerIndex: Int?, symbol: String, value: Matrix) {
        self.quantity = quantity
        self.layerIndex = layerIndex
        self.symbol = symbol
        self.value = value
    }
}
