import Foundation

/// How a block of parameters (a weight matrix or a bias vector) gets its first values.
///
/// Draw order is fixed so a seed reproduces numpy: for each dense layer, the weights
/// in row-major `inputs × outputs` order, then the biases. With the same stream,
/// `.uniform(low: 0, high: 1)` on a 4×3 layer gives exactly `np.random.uniform(size=(4, 3))` (seed 003).
/// `fanIn`/`fanOut` are the layer's `inputs`/`outputs`, also for its biases.
public enum Initializer: Equatable, Sendable {
    /// `U(low, high)`: `low + (high − low)·u`, numpy's `uniform(low, high)`.
    case uniform(low: Double, high: Double)
    /// `N(mean, standardDeviation²)`: numpy's `normal(mean, sd)`.
    case normal(mean: Double, standardDeviation: Double)
    /// `scale · N(0, 1)`: seed 002's `0.01 * np.random.randn(n_inputs, n_neurons)`.
    case scaledNormal(Double)
    /// Glorot uniform: `U(−l, l)` with `l = √(6 / (fanIn + fanOut))`.
    case xavierUniform
    /// Glorot normal: `N(0, σ²)` with `σ = √(2 / (fanIn + fanOut))`.
    case xavierNormal
    /// He normal: `N(0, σ²)` with `σ = √(2 / fanIn)`.
    case heNormal
    /// He uniform: `U(−l, l)` with `l = √(6 / fanIn)`.
    case heUniform
    /// Every value `c`; draws nothing.
    case constant(Double)
    /// Explicit values written in the notebook, in the block's shape
    /// (`inputs × outputs` for weights, `1 × count` for biases); draws nothing.
    case literal(Matrix)

    /// Whether filling consumes random numbers.
    public var drawsRandomNumbers: Bool {
        switch self {
        case .constant, .literal: false
        default: true
        }
    }

    /// A reason this initialiser cannot be used, or `nil` when it is fine.
    /// `rows × columns` is the shape of the block it fills.
    func problem(rows: Int, columns: Int) -> String? {
        switch self {
        case .uniform(let low, let high):
            guard low.isFinite, high.isFinite, low <= high else { return "uniform needs finite low ≤ high, got \(low), \(high)" }
        case .normal(let mean, let sd):
            guard mean.isFinite, sd.isFinite, sd >= 0 else { return "normal needs a finite mean and standard deviation ≥ 0" }
        case .scaledNormal(let scale):
            guard scale.isFinite else { return "scaledNormal needs a finite scale" }
        case .constant(let value):
            guard value.isFinite else { return "constant must be finite" }
        case .literal(let matrix):
            guard matrix.rows == rows, matrix.columns == columns else {
                return "expects \(rows)×\(columns) values, got \(matrix.shapeDescription)"
            }
            guard matrix.elements.allSatisfy(\.isFinite) else { return "literal values must be finite" }
        case .xavierUniform, .xavierNormal, .heNormal, .heUniform:
            break
        }
        return nil
    }

    /// Fills `block` (row-major) in order, drawing from `random` as described above.
    func fill(_ block: UnsafeMutableBufferPointer<Double>, fanIn: Int, fanOut: Int, random: inout some RandomSource) {
        switch self {
        case .uniform(let low, let high):
            for i in block.indices { block[i] = random.uniform(low, high) }
        case .normal(let mean, let sd):
            for i in block.indices { block[i] = random.normal(mean: mean, standardDeviation: sd) }
        case .scaledNormal(let scale):
            for i in block.indices { block[i] = scale * random.nextStandardNormal() }
        case .xavierUniform:
            let limit = (6 / Double(fanIn + fanOut)).squareRoot()
            for i in block.indices { block[i] = random.uniform(-limit, limit) }
        case .xavierNormal:
            let sd = (2 / Double(fanIn + fanOut)).squareRoot()
            for i in block.indices { block[i] = random.normal(mean: 0, standardDeviation: sd) }
        case .heNormal:
            let sd = (2 / Double(fanIn)).squareRoot()
            for i in block.indices { block[i] = random.normal(mean: 0, standardDeviation: sd) }
        case .heUniform:
            let limit = (6 / Double(fanIn)).squareRoot()
            for i in block.indices { block[i] = random.uniform(-limit, limit) }
        case .constant(let value):
            for i in block.indices { block[i] = value }
        case .literal(let matrix):
            precondition(matrix.elements.count == block.count, "literal of the wrong size")
            for i in block.indices { block[i] = matrix.elements[i] }
        }
    }
}
