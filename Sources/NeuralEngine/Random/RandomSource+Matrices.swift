extension RandomSource {
    /// A `rows × columns` matrix of `uniform(low, high)` draws filled row by row,
    /// as numpy's `uniform(low, high, size=(rows, columns))`.
    public mutating func uniformMatrix(rows: Int, columns: Int, low: Double = 0, high: Double = 1) -> Matrix {
        var result = Matrix(rows: rows, columns: columns)
        for index in result.elements.indices {
            result.elements[index] = uniform(low, high)
        }
        return result
    }

    /// A `rows × columns` matrix of standard normal draws filled row by row,
    /// as numpy's `randn(rows, columns)` / `standard_normal((rows, columns))`.
    public mutating func standardNormalMatrix(rows: Int, columns: Int) -> Matrix {
        var result = Matrix(rows: rows, columns: columns)
        for index in result.elements.indices {
            result.elements[index] = nextStandardNormal()
        }
        return result
    }
}
