/// A layer behind a class reference, for the workspace's passes: each call goes through the
/// class's method table to code specialised for the layer's type, without copying the layer
/// value out of an existential or counting references (the workspace holds the boxes and calls
/// them unretained). The layer's own file stays the only place its arithmetic is written.
class AnyLayerBox {
    func forward(_ pass: LayerPass) { preconditionFailure("abstract") }

    func backward(_ pass: LayerPass, outputGradient: UnsafePointer<Double>,
                  inputGradient: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        preconditionFailure("abstract")
    }

    func forwardNudged(_ pass: LayerPass, parameter j: Int, by shift: Double,
                       cachedOutput: UnsafePointer<Double>, movable: UnsafeMutablePointer<Double>) {
        preconditionFailure("abstract")
    }

    /// The box of `layer`, with its type opened.
    static func boxing(_ layer: some Layer) -> AnyLayerBox { LayerBox(layer) }
}

/// ``AnyLayerBox`` for one layer type.
final class LayerBox<Wrapped: Layer>: AnyLayerBox {
    let layer: Wrapped

    init(_ layer: Wrapped) {
        self.layer = layer
    }

    override func forward(_ pass: LayerPass) { layer.forward(pass) }

    override func backward(_ pass: LayerPass, outputGradient: UnsafePointer<Double>,
                           inputGradient: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        layer.backward(pass, outputGradient: outputGradient, inputGradient: inputGradient, gradient: gradient)
    }

    override func forwardNudged(_ pass: LayerPass, parameter j: Int, by shift: Double,
                                cachedOutput: UnsafePointer<Double>, movable: UnsafeMutablePointer<Double>) {
        layer.forwardNudged(pass, parameter: j, by: shift, cachedOutput: cachedOutput, movable: movable)
    }
}
