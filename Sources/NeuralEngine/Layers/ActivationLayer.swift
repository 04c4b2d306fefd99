/// An activation as a layer: `A = f(Z)` element by element (softmax: row by row), keeping
/// the shape. The formulas of each function and of its derivative sit side by side in
/// ``Activation``; backward turns `∂E/∂A` into `∂E/∂Z = ∂E/∂A ⊙ f′(Z)` (softmax: `J·∂E/∂A`).
/// No parameters. Softmax normalises all of a sample's values together.
struct ActivationLayer: Layer {
    static let kind = "activation"
    var activation: Activation

    func outputShape(input: FeatureShape) throws(NetworkSpecError.Kind) -> FeatureShape {
        if case .leakyReLU(let slope) = activation, !slope.isFinite { throw .badSlope(slope) }
        return input
    }

    func summary(input: FeatureShape, output: FeatureShape) -> String { activation.name }

    /// `A = f(Z)`.
    func forward(_ pass: LayerPass) {
        activation.forward(input: pass.input, output: pass.output, rows: pass.rows, width: pass.outputShape.count)
    }

    /// `∂E/∂Z = ∂E/∂A ⊙ f′(Z)`, or the softmax Jacobian times `∂E/∂A`.
    func backward(_ pass: LayerPass, outputGradient: UnsafePointer<Double>,
                  inputGradient: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        guard let inputGradient else { return }
        activation.backward(input: pass.input, output: UnsafePointer(pass.output), outputGradient: outputGradient,
                            inputGradient: inputGradient, rows: pass.rows, width: pass.outputShape.count)
    }

    var exportEntry: ParameterExport.Layer {
        ParameterExport.Layer(kind: Self.kind, activation: activation.name)
    }

    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> ActivationLayer {
        guard let name = entry.activation, let activation = Activation(name: name) else {
            throw .unreadable("layer \(index + 1) has an unknown activation \(entry.activation ?? "(none)")")
        }
        return ActivationLayer(activation: activation)
    }
}

extension LayerSpec {
    /// An activation applied to the previous layer's output; it keeps the shape.
    public static func activation(_ activation: Activation) -> LayerSpec {
        LayerSpec(ActivationLayer(activation: activation))
    }
}
