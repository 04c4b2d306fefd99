/// The engine's one matrix product, `C ← C₀ + A·B`, where `C₀` is zero, `C`'s current
/// contents, or a bias (see ``ProductStart``):
///
///     C[i, j] = C₀[i, j] + A[i, 0]·B[0, j] + A[i, 1]·B[1, j] + … + A[i, k−1]·B[k−1, j]
///
/// Every element is summed in exactly that order, left to right, one rounding per
/// multiplication and one per addition (no fused multiply–add), whichever path runs:
/// the result is bit for bit the textbook triple loop's, for every shape and thread count.
/// Only the order in which elements are visited changes:
///
/// - tiny products (one sample's forward pass) run the plain loops (``smallProduct(_:_:into:start:)``);
/// - the others run in tiles of up to 6 rows × 16 columns of `C` whose sums stay in vector
///   registers while `p` runs through a block of ``depthBlock`` (see `MatrixProduct+Tiles.swift`);
///   the rows of `C` are split among ``Parallelism/threadCount`` threads when there is
///   enough work. Each tile reads `A` through its strides and rows of `B` directly, so
///   `Xᵀ` and `∂E/∂Y` are never copied; only a `B` whose rows are not contiguous (`Wᵀ`)
///   is first copied row by row. ``ProductPlan`` picks the cheaper of computing `C` or
///   `Cᵀ = Bᵀ·Aᵀ`, and whether a narrow `B` is padded to one lane group.
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
        _ a: MatrixView, _ b: MatrixView, into c: MutableMatrixView, start: ProductStart, scratch: ProductScratch
    ) {
        precondition(a.columns == b.rows && a.rows == c.rows && b.columns == c.columns, "matrix product of mismatched shapes")
        let m = c.rows, n = c.columns, k = a.columns
        if m == 0 || n == 0 { return }
        guard m * n * k >= minimumTiledWork else {
            smallProduct(a, b, into: c, start: start)
            return
        }
        let plan = ProductPlan.cheapest(a, b, c)
        if plan.swapped {
            tiledProduct(b.transposed, a.transposed, into: c.transposed, start: start.transposed,
                         paddedWidth: plan.paddedWidth, scratch: scratch)
        } else {
            tiledProduct(a, b, into: c, start: start, paddedWidth: plan.paddedWidth, scratch: scratch)
        }
    }

    /// `C₀[i, j]` for the plain loops.
    @inline(__always)
    static func startValue(_ start: ProductStart, _ c: MutableMatrixView, _ i: Int, _ j: Int) -> Double {
        switch start {
        case .zero: 0
        case .current: c[i, j]
        case .row(let v): v[j]
        case .column(let v): v[i]
        case .scalar(let value): value
        }
    }

    // MARK: Plain loops

    /// The triple loop: row `i` of `C` gathers `A[i, p]·B[p, :]` for `p = 0, 1, …`
    /// (when `B`'s and `C`'s rows are contiguous and wide enough to vectorise), or each
    /// element is one dot product over `p`, summed in a register.
    static func smallProduct(_ a: MatrixView, _ b: MatrixView, into c: MutableMatrixView, start: ProductStart) {
        let m = c.rows, n = c.columns, k = a.columns
        if b.columnStride == 1 && c.columnStride == 1 && n >= 4 {
            for i in 0..<m {
                let row = c.base + i * c.rowStride
                for j in 0..<n { row[j] = startValue(start, c, i, j) }
                for p in 0..<k {
                    let factor = a[i, p]
                    let bRow = b.base + p * b.rowStride
                    for j in 0..<n { row[j] += factor * bRow[j] }
                }
            }
        } else {
            for i in 0..<m {
                for j in 0..<n {
                    var sum = startValue(start, c, i, j)
                    for p in 0..<k { sum += a[i, p] * b[p, j] }
                    c[i, j] = sum
                }
            }
        }
    }

    // MARK: Tiles

    /// The tiled product. `B` is first copied into contiguous rows if its columns are strided,
    /// or into rows of `paddedWidth` (zeros past its last column) so one lane group covers a
    /// narrow `C` (3 columns as one `SIMD4`). The rows of `C` are split into one range of
    /// whole tiles per thread; each thread passes over its tiles once per block of
    /// ``depthBlock`` steps, blocks in order, so every element still sums `p = 0, 1, …` in turn.
    static func tiledProduct(
        _ a: MatrixView, _ b: MatrixView, into c: MutableMatrixView, start: ProductStart, paddedWidth: Int? = nil,
        scratch: ProductScratch
    ) {
        let m = c.rows, n = c.columns, k = a.columns
        var b = b
        if let width = paddedWidth {
            let copy = scratch.rowMajorCopy(capacity: k * width)
            for p in 0..<k {
                for j in 0..<n { copy[p * width + j] = b[p, j] }
                for j in n..<width { copy[p * width + j] = 0 }
            }
            b = MatrixView(base: copy, rows: k, columns: n, rowStride: width, columnStride: 1)
        } else if b.columnStride != 1 && n > 1 {
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
                let blockStart = depthStart == 0 ? start : .current
                var column = 0
                while column < n {
                    column += operands.strip(column: column, remaining: n - column, paddedWidth: paddedWidth,
                                             rows: firstRow..<endRow, depthStart: depthStart, depth: depth,
                                             start: blockStart, buffer: buffer)
                }
            }
        }
    }
}
