/// The engine's one matrix product, `C ← C₀ + A·B`, where `C₀` is `C`'s current contents
/// (`accumulate`) or zero:
///
///     C[i, j] = C₀[i, j] + A[i, 0]·B[0, j] + A[i, 1]·B[1, j] + … + A[i, k−1]·B[k−1, j]
///
/// Every element is summed in exactly that order, left to right, one rounding per
/// multiplication and one per addition (no fused multiply–add), whichever path runs:
/// the result is bit for bit the textbook triple loop's, for every shape and thread count.
/// Only the order in which elements are visited changes:
///
/// - tiny products (one sample's forward pass) run the plain loops (``smallProduct(_:_:into:accumulate:)``);
/// - the others run in tiles of up to 6 rows × 16 columns of `C` whose sums stay in vector
///   registers while `p` runs through a block of ``depthBlock`` (see `MatrixProduct+Tiles.swift`);
///   the rows of `C` are split among ``Parallelism/threadCount`` threads when there is
///   enough work. Each tile reads `A` through its strides and rows of `B` directly, so
///   `Xᵀ` and `∂E/∂Y` are never copied; only a `B` whose rows are not contiguous (`Wᵀ`)
///   is first copied row by row.
///
/// Dense layers call it three ways: `Y = X·W`, `∂E/∂W = Xᵀ·∂E/∂Y`, `∂E/∂X = ∂E/∂Y·Wᵀ`;
/// the transposes are views with swapped strides (``MatrixView/transposed``).
enum MatrixProduct {
    /// Rows of `C` per tile.
    static let tileRows = 6
    /// Depth per pass over the tiles: a `depthBlock × n` block of `B` stays in the L2 cache.
    static let depthBlock = 256
    /// Products with fewer multiply–adds use the plain loops.
    static let minimumTiledWork = 256
    /// Products with at least this many multiply–adds per thread are split among threads.
    static let minimumWorkPerThread = 1 << 19

    /// `C ← C₀ + A·B` (see the type's description). Preconditions: matching shapes; `C`
    /// does not overlap `A` or `B`.
    static func multiply(
        _ a: MatrixView, _ b: MatrixView, into c: MutableMatrixView, accumulate: Bool, scratch: ProductScratch
    ) {
        precondition(a.columns == b.rows && a.rows == c.rows && b.columns == c.columns, "matrix product of mismatched shapes")
        let m = c.rows, n = c.columns, k = a.columns
        if m == 0 || n == 0 { return }
        if k == 0 {
            if !accumulate { fill(c, with: 0) }
            return
        }
        guard m * n * k >= minimumTiledWork else {
            smallProduct(a, b, into: c, accumulate: accumulate)
            return
        }
        // Vectors run along the rows of C. For a narrow C (3 columns) Cᵀ = Bᵀ·Aᵀ may waste
        // fewer lanes: compute whichever is cheaper.
        if cost(b.transposed, a.transposed, c.transposed) < cost(a, b, c) {
            tiledProduct(b.transposed, a.transposed, into: c.transposed, accumulate: accumulate, scratch: scratch)
        } else {
            tiledProduct(a, b, into: c, accumulate: accumulate, scratch: scratch)
        }
    }

    /// Estimated vector operations of the tiled product: one per lane group per row and step,
    /// plus copying `B` when its rows are not contiguous and `C` when its rows are not.
    static func cost(_ a: MatrixView, _ b: MatrixView, _ c: MutableMatrixView) -> Int {
        let n = c.columns
        var cost = c.rows * a.columns * (n / 8 + (n % 8).nonzeroBitCount)
        if b.columnStride != 1 && b.columns > 1 { cost += b.rows * b.columns }
        if c.columnStride != 1 && c.columns > 1 { cost += 2 * c.rows * c.columns }
        return cost
    }

    /// Every element of `c` set to `value`.
    static func fill(_ c: MutableMatrixView, with value: Double) {
        for i in 0..<c.rows {
            for j in 0..<c.columns { c[i, j] = value }
        }
    }

    // MARK: Plain loops

    /// The triple loop: row `i` of `C` gathers `A[i, p]·B[p, :]` for `p = 0, 1, …`
    /// (when `B`'s and `C`'s rows are contiguous), or each element is one dot product over `p`.
    static func smallProduct(_ a: MatrixView, _ b: MatrixView, into c: MutableMatrixView, accumulate: Bool) {
        let m = c.rows, n = c.columns, k = a.columns
        if b.columnStride == 1 && c.columnStride == 1 {
            for i in 0..<m {
                let row = c.base + i * c.rowStride
                if !accumulate { for j in 0..<n { row[j] = 0 } }
                for p in 0..<k {
                    let factor = a[i, p]
                    let bRow = b.base + p * b.rowStride
                    for j in 0..<n { row[j] += factor * bRow[j] }
                }
            }
        } else {
            for i in 0..<m {
                for j in 0..<n {
                    var sum = accumulate ? c[i, j] : 0
                    for p in 0..<k { sum += a[i, p] * b[p, j] }
                    c[i, j] = sum
                }
            }
        }
    }

    // MARK: Tiles

    /// The tiled product. `B` is first copied into contiguous rows if its columns are strided.
    /// The rows of `C` are split into one range of whole tiles per thread; each thread passes
    /// over its tiles once per block of ``depthBlock`` steps, blocks in order, so every
    /// element still sums `p = 0, 1, …` in turn.
    static func tiledProduct(
        _ a: MatrixView, _ b: MatrixView, into c: MutableMatrixView, accumulate: Bool, scratch: ProductScratch
    ) {
        let m = c.rows, n = c.columns, k = a.columns
        var b = b
        if b.columnStride != 1 && n > 1 {
            let copy = scratch.rowMajorCopy(capacity: k * n)
            for p in 0..<k {
                for j in 0..<n { copy[p * n + j] = b[p, j] }
            }
            b = MatrixView(rowMajor: copy, rows: k, columns: n)
        }
        let panels = (m + tileRows - 1) / tileRows
        // (Nested two-argument mins: the variadic one allocates an array.)
        let threads = max(1, min(min(scratch.threadCapacity, Parallelism.threadCount), min(m * n * k / minimumWorkPerThread, panels)))
        let operands = TileOperands(a: a, b: b, c: c)
        Parallelism.run(tasks: threads) { task in
            let firstRow = (panels * task / threads) * tileRows
            let endRow = min(m, (panels * (task + 1) / threads) * tileRows)
            let buffer = scratch.tileBuffer(forThread: task)
            for depthStart in stride(from: 0, to: k, by: depthBlock) {
                let depth = min(depthBlock, k - depthStart)
                let load = accumulate || depthStart > 0
                for row in stride(from: firstRow, to: endRow, by: tileRows) {
                    let height = min(tileRows, endRow - row)
                    var column = 0
                    while column < n {
                        column += operands.tile(row: row, column: column, height: height, width: n - column,
                                                depthStart: depthStart, depth: depth, load: load, buffer: buffer)
                    }
                }
            }
        }
    }
}
