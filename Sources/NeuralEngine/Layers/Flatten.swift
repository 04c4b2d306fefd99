/// Flattens each sample's `channels × height × width` values into one row of features:
///
///     forward:   y = x            (the same values, now read as C·H·W features)
///     backward:  ∂E/∂x = ∂E/∂y
///
/// Samples are stored channel-major whatever their shape (see ``FeatureShape``), so both
/// passes are copies. No parameters.
struct Flatten: Layer {
    static let kind = "flatten"

    func outputShape(input: FeatureShape) throws(NetworkSpecError.Kind) -> FeatureShape { .flat(input.count) }

    func summary(input: FeatureShape, output: FeatureShape) -> String { "flatten" }

    /// `y = x`.
    func forward(_ pass: LayerPass) {
        pass.output.update(from: pass.input, count: pass.rows * pass.outputShape.count)
    }

    /// `∂E/∂x = ∂E/∂y`.
    func backward(_ pass: LayerPass, outputGradient: UnsafePointer<Double>,
                  inputGradient: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        inputGradient?.update(from: outputGradient, count: pass.rows * pass.outputShape.count)
    }

    var exportEntry: ParameterExport.Layer { ParameterExport.Layer(kind: Self.kind) }

    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> Flatten { Flatten() }
}

extension LayerSpec {
    /// Reads each sample's `channels × height × width` values as one row of features.
    public static var flatten: LayerSpec { LayerSpec(Flatten()) }
}
