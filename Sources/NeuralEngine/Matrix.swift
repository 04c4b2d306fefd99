/// A dense matrix of `Double`s in one contiguous row-major array.
///
/// Rows are samples and columns are features throughout the engine: a batch of
/// `n` inputs to a layer with `i` inputs is an `n × i` matrix, and a dense layer
/// computes `Y = X·W + b` with `W` of shape `i × o`.
public struct Matrix: Equatable, Sendable {
    public private(set) var rows: Int
    public private(set) var columns: Int
    /// Element `(r, c)` is `elements[r * columns + c]`.
    public var elements: [Double]

    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(elements.count == rows * columns, "\(elements.count) elements do not fill \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from nested rows; every row must have the same length.
    public init(_ nestedRows: [[Double]]) {
        let columns = nestedRows.first?.count ?? 0
        precondition(nestedRows.allSatisfy { $0.count == columns }, "rows of different lengths")
        self.init(rows: nestedRows.count, columns: columns, elements: nestedRows.flatMap { $0 })
    }

    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// `rows × columns`, as printed in reports.
    public var shapeDescription: String { "\(rows)×\(columns)" }

    /// The rows as nested arrays (for export and display).
    public var nestedRows: [[Double]] {
        (0..<rows).map { Array(elements[($0 * columns)..<(($0 + 1) * columns)]) }
    }

    /// The transpose `Aᵀ`, with `Aᵀ[c, r] = A[r, c]`.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for r in 0..<rows {
            for c in 0..<columns {
                result.elements[c * rows + r] = elements[r * columns + c]
            }
        }
        return result
    }
}
