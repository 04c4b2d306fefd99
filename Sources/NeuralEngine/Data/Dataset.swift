/// A table of samples: inputs `x` (samples × features) and targets `y` (samples × targets).
///
/// For classification `y` is one column of class indices `0, 1, …, classCount − 1`
/// (stored as `Double`s) and ``classCount`` is set; ``OneHotEncoding`` turns it into
/// one column per class. For regression ``classCount`` is `nil`.
public struct Dataset: Equatable, Sendable {
    public var x: Matrix
    public var y: Matrix
    /// The number of classes for classification, `nil` for regression.
    public var classCount: Int?
    /// One name per column of `x`.
    public var featureNames: [String]
    /// One name per column of `y`.
    public var targetNames: [String]
    /// One name per class (for legends), when ``classCount`` is set.
    public var classNames: [String]?

    public init(
        x: Matrix,
        y: Matrix,
        classCount: Int? = nil,
        featureNames: [String]? = nil,
        targetNames: [String]? = nil,
        classNames: [String]? = nil
    ) {
        precondition(x.rows == y.rows, "x has \(x.rows) samples but y has \(y.rows)")
        self.x = x
        self.y = y
        self.classCount = classCount
        self.featureNames = featureNames ?? Self.defaultNames("x", count: x.columns)
        self.targetNames = targetNames ?? (y.columns == 1 ? ["y"] : Self.defaultNames("y", count: y.columns))
        self.classNames = classNames ?? classCount.map { count in (0..<count).map { String($0) } }
        precondition(self.featureNames.count == x.columns, "\(self.featureNames.count) feature names for \(x.columns) columns")
        precondition(self.targetNames.count == y.columns, "\(self.targetNames.count) target names for \(y.columns) columns")
        precondition(self.classNames == nil || self.classNames?.count == classCount, "class names do not match the class count")
    }

    /// Inputs and targets given as they are (seed 003's first example: `X` 3×4, `y` 3×1).
    public static func literal(x: Matrix, y: Matrix, classCount: Int? = nil) -> Dataset {
        Dataset(x: x, y: y, classCount: classCount)
    }

    public var sampleCount: Int { x.rows }
    public var featureCount: Int { x.columns }
    public var targetCount: Int { y.columns }

    /// The samples at `indices`, in that order (numpy's `X[indices], y[indices]`).
    public func rows(at indices: [Int]) -> Dataset {
        var copy = self
        copy.x = Self.rows(of: x, at: indices)
        copy.y = Self.rows(of: y, at: indices)
        return copy
    }

    private static func rows(of matrix: Matrix, at indices: [Int]) -> Matrix {
        var elements: [Double] = []
        elements.reserveCapacity(indices.count * matrix.columns)
        for index in indices {
            precondition(index >= 0 && index < matrix.rows, "row \(index) out of 0..<\(matrix.rows)")
            elements.append(contentsOf: matrix.elements[(index * matrix.columns)..<((index + 1) * matrix.columns)])
        }
        return Matrix(rows: indices.count, columns: matrix.columns, elements: elements)
    }

    /// `x1, x2, …`.
    static func defaultNames(_ prefix: String, count: Int) -> [String] {
        (0..<count).map { "\(prefix)\($0 + 1)" }
    }
}
