/// Min-max scaling fitted to one matrix and applicable to others (a plotting grid,
/// a test set): `x′ = (x − min) / (max − min)`.
///
/// - ``Scope/wholeMatrix``: one minimum and maximum over every element, seed 003's
///   `X -= X.min(); X /= X.max()`; the result equals numpy's to the last bit, because
///   the largest shifted element `fl(xᵢ − min)` is `fl(max − min)`.
/// - ``Scope/perFeature``: each column on its own (scikit-learn's `MinMaxScaler` range).
///
/// A zero range (a constant column) is replaced by 1, so constants map to 0 instead of NaN.
public struct MinMaxScaling: Equatable, Sendable {
    public enum Scope: Equatable, Sendable {
        case wholeMatrix
        case perFeature
    }

    public let scope: Scope
    /// The minimum subtracted from each column (all equal for ``Scope/wholeMatrix``).
    public let minimums: [Double]
    /// The divisor of each column: `max − min`, or 1 where that is 0.
    public let ranges: [Double]

    public init(fittedTo x: Matrix, scope: Scope = .wholeMatrix) {
        precondition(x.rows > 0 && x.columns > 0, "cannot fit a scaling to an empty matrix")
        self.scope = scope
        switch scope {
        case .wholeMatrix:
            let minimum = x.elements.min()!
            let range = x.elements.max()! - minimum
            minimums = Array(repeating: minimum, count: x.columns)
            ranges = Array(repeating: range == 0 ? 1 : range, count: x.columns)
        case .perFeature:
            let columns = Standardization.columns(of: x)
            minimums = columns.map { $0.min()! }
            ranges = zip(columns, minimums).map { column, minimum in
                let range = column.max()! - minimum
                return range == 0 ? 1 : range
            }
        }
    }

    /// `(x − min) / range`, column by column.
    public func apply(_ x: Matrix) -> Matrix {
        precondition(x.columns == minimums.count, "scaling fitted to \(minimums.count) columns applied to \(x.columns)")
        var result = x
        for r in 0..<x.rows {
            for c in 0..<x.columns {
                result[r, c] = (x[r, c] - minimums[c]) / ranges[c]
            }
        }
        return result
    }

    /// The inverse, `x′ · range + min`, back to the original units (up to rounding).
    public func restore(_ scaled: Matrix) -> Matrix {
        precondition(scaled.columns == minimums.count, "scaling fitted to \(minimums.count) columns applied to \(scaled.columns)")
        var result = scaled
        for r in 0..<scaled.rows {
            for c in 0..<scaled.columns {
                result[r, c] = scaled[r, c] * ranges[c] + minimums[c]
            }
        }
        return result
    }
}
