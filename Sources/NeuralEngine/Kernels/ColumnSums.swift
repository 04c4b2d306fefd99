/// Column sums of a row-major `rows × columns` block, `s[c] = 0 + y[0, c] + y[1, c] + …`
/// (rows in order, as the plain loop adds them): a dense layer's `∂E/∂b`.
///
/// Up to 64 columns at a time keep their sums in vector registers for the whole pass over
/// the rows, so the sums of different columns proceed side by side instead of each row
/// loading, adding and storing them again.
enum ColumnSums {
    static func sum(_ y: UnsafePointer<Double>, rows: Int, columns: Int, into s: UnsafeMutablePointer<Double>) {
        var column = 0
        while column < columns {
            let remaining = columns - column
            let block = y + column, target = s + column
            if remaining >= 64 {
                column += sum(InlineArray<4, SIMD16<Double>>.self, block, rows: rows, stride: columns, into: target)
            } else if remaining >= 32 {
                column += sum(InlineArray<2, SIMD16<Double>>.self, block, rows: rows, stride: columns, into: target)
            } else if remaining >= 16 {
                column += sum(InlineArray<1, SIMD16<Double>>.self, block, rows: rows, stride: columns, into: target)
            } else if remaining >= 8 {
                column += sum(InlineArray<1, SIMD8<Double>>.self, block, rows: rows, stride: columns, into: target)
            } else if remaining >= 4 {
                column += sum(InlineArray<1, SIMD4<Double>>.self, block, rows: rows, stride: columns, into: target)
            } else if remaining >= 2 {
                column += sum(InlineArray<1, SIMD2<Double>>.self, block, rows: rows, stride: columns, into: target)
            } else {
                column += sum(InlineArray<1, Double>.self, block, rows: rows, stride: columns, into: target)
            }
        }
    }

    /// The sums of `G` adjacent lane groups `V`; returns the columns done.
    @inline(__always)
    static func sum<let G: Int, V: LaneGroup>(
        _ shape: InlineArray<G, V>.Type, _ y: UnsafePointer<Double>, rows: Int, stride: Int,
        into s: UnsafeMutablePointer<Double>
    ) -> Int {
        var sums = InlineArray<G, V>(repeating: V(repeating: 0))
        var row = y
        for _ in 0..<rows {
            for g in 0..<G { sums[g] = sums[g] + V.load(row + g * V.width) }
            row += stride
        }
        for g in 0..<G { sums[g].store(s + g * V.width) }
        return G * V.width
    }
}
