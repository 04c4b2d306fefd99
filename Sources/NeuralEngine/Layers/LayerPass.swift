/// Everything one layer's pass over a batch reads and writes, handed to ``Layer`` methods.
/// Pointers are into the workspace's buffers; nothing is allocated per pass.
struct LayerPass {
    /// The layer's input `X`: `rows × input.count`, row-major.
    var input: UnsafePointer<Double>
    /// The layer's output `Y`: `rows × output.count`.
    var output: UnsafeMutablePointer<Double>
    var rows: Int
    var inputShape: FeatureShape
    var outputShape: FeatureShape
    /// The whole flat parameter vector; this layer's blocks start at ``parameterOffset``.
    var parameters: UnsafePointer<Double>
    var parameterOffset: Int
    /// The layer's private memory (``Layer/scratchCount(input:output:capacity:backward:)`` doubles).
    var scratch: UnsafeMutablePointer<Double>
    /// Buffers for the matrix product, owned by the workspace (which outlives every pass), held
    /// unretained so building and using a pass costs no reference counting.
    var productScratch: Unmanaged<ProductScratch>
    /// A training pass (dropout applies its mask) rather than an evaluation.
    var training: Bool

    /// ``MatrixProduct/multiply(_:_:into:start:scratch:)`` with the workspace's buffers:
    /// `C ← C₀ + A·B`.
    @inline(__always)
    func multiply(_ a: MatrixView, _ b: MatrixView, into c: MutableMatrixView, start: ProductStart) {
        productScratch._withUnsafeGuaranteedRef { MatrixProduct.multiply(a, b, into: c, start: start, scratch: $0) }
    }

    /// The same pass reading other parameters.
    func with(parameters: UnsafePointer<Double>) -> LayerPass {
        var copy = self
        copy.parameters = parameters
        return copy
    }
}
