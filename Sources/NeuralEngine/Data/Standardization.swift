/// Standardisation per feature, fitted to one matrix and applicable to others:
/// `x′ = (x − μ) / σ` with the column mean `μ = Σx / n` and the population standard
/// deviation `σ = √(Σ(x − μ)² / n)` (numpy's `std`, scikit-learn's `StandardScaler`).
/// A zero `σ` (a constant column) is replaced by 1.
public struct Standardization: Equatable, Sendable {
    public let means: [Double]
    /// The divisor of each column: `σ`, or 1 where that is 0.
    public let standardDeviations: [Double]

    public init(fittedTo x: Matrix) {
        precondition(x.rows > 0 && x.columns > 0, "cannot fit a standardisation to an empty matrix")
        let count = Double(x.rows)
        let columns = Self.columns(of: x)
        means = columns.map { $0.reduce(0, +) / count }
        standardDeviations = zip(columns, means).map { column, mean in
            let sigma = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count).squareRoot()
            return sigma == 0 ? 1 : sigma
        }
    }

    /// `(x − μ) / σ`, column by column.
    public func apply(_ x: Matrix) -> Matrix {
        precondition(x.columns == means.count, "standardisation fitted to \(means.count) columns applied to \(x.columns)")
        var result = x
        for r in 0..<x.rows {
            for c in 0..<x.columns {
                result[r, c] = (x[r, c] - means[c]) / standardDeviations[c]
            }
        }
        return result
    }

    /// The inverse, `x′ · σ + μ`.
    public func restore(_ standardized: Matrix) -> Matrix {
        precondition(standardized.columns == means.count, "standardisation fitted to \(means.count) columns applied to \(standardized.columns)")
        var result = standardized
        for r in 0..<standardized.rows {
            for c in 0..<standardized.columns {
                result[r, c] = standardized[r, c] * standardDeviations[c] + means[c]
            }
        }
        return result
    }

    /// The columns of `x` as arrays.
    static func columns(of x: Matrix) -> [[Double]] {
        (0..<x.columns).map { c in (0..<x.rows).map { r in x[r, c] } }
    }
}
