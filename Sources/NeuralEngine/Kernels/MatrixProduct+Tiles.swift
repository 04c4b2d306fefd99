/// The three matrices of one tiled product, and the tile kernel.
struct TileOperands {
    let a: MatrixView
    /// Rows contiguous (`columnStride == 1`, or one column).
    let b: MatrixView
    let c: MutableMatrixView

    /// Adds `Σ_p A[i, p]·B[p, j]` over `p` in `depthStart ..< depthStart + depth` to every
    /// element of one strip of `C`: the rows `rows` and, from `column`, as many columns as
    /// the widest lane group (16, 8, 4, 2 or 1) that fits in the `remaining` columns — or,
    /// when `B`'s rows are padded, one group of `paddedWidth` lanes covering them all.
    /// Returns the columns done.
    @inline(__always)
    func strip(
        column: Int, remaining: Int, paddedWidth: Int?, rows: Range<Int>, depthStart: Int, depth: Int,
        start: ProductStart, buffer: UnsafeMutablePointer<Double>
    ) -> Int {
        let lanes = paddedWidth ?? remaining
        let columns = min(remaining, paddedWidth ?? 16)
        if lanes >= 16 { return strip(SIMD16<Double>.self, column, min(columns, 16), rows, depthStart, depth, start, buffer) }
        if lanes >= 8 { return strip(SIMD8<Double>.self, column, min(columns, 8), rows, depthStart, depth, start, buffer) }
        if lanes >= 4 { return strip(SIMD4<Double>.self, column, min(columns, 4), rows, depthStart, depth, start, buffer) }
        if lanes >= 2 { return strip(SIMD2<Double>.self, column, min(columns, 2), rows, depthStart, depth, start, buffer) }
        return strip(Double.self, column, 1, rows, depthStart, depth, start, buffer)
    }

    /// The strip with lane group `V`, whose first `columns` lanes are columns of `C`: tiles of
    /// six rows (the last may have fewer), straight into `C` when all lanes are columns and its
    /// rows are contiguous, otherwise through `buffer`.
    func strip<V: LaneGroup>(
        _ group: V.Type, _ column: Int, _ columns: Int, _ rows: Range<Int>, _ depthStart: Int, _ depth: Int,
        _ start: ProductStart, _ buffer: UnsafeMutablePointer<Double>
    ) -> Int {
        let direct = columns == V.width && (c.columnStride == 1 || c.columns == 1)
        var row = rows.lowerBound
        while row + MatrixProduct.tileRows <= rows.upperBound {
            tile(InlineArray<6, V>.self, row, column, columns, depthStart, depth, start, direct, buffer)
            row += MatrixProduct.tileRows
        }
        switch rows.upperBound - row {
        case 5: tile(InlineArray<5, V>.self, row, column, columns, depthStart, depth, start, direct, buffer)
        case 4: tile(InlineArray<4, V>.self, row, column, columns, depthStart, depth, start, direct, buffer)
        case 3: tile(InlineArray<3, V>.self, row, column, columns, depthStart, depth, start, direct, buffer)
        case 2: tile(InlineArray<2, V>.self, row, column, columns, depthStart, depth, start, direct, buffer)
        case 1: tile(InlineArray<1, V>.self, row, column, columns, depthStart, depth, start, direct, buffer)
        default: break
        }
        return columns
    }

    /// One tile of `R` rows at (`row`, `column`): into `C` directly, or through `buffer`
    /// (its start values copied in when they come from memory, its sums copied out after).
    @inline(__always)
    func tile<let R: Int, V: LaneGroup>(
        _ shape: InlineArray<R, V>.Type, _ row: Int, _ column: Int, _ columns: Int, _ depthStart: Int, _ depth: Int,
        _ start: ProductStart, _ direct: Bool, _ buffer: UnsafeMutablePointer<Double>
    ) {
        let width = V.width
        let aStart = a.base + row * a.rowStride + depthStart * a.columnStride
        let bStart = b.base + depthStart * b.rowStride + column * b.columnStride
        let target = direct ? c.base + row * c.rowStride + column * c.columnStride : buffer
        let targetStride = direct ? c.rowStride : width
        var kernelStart = start
        if !direct {
            // Only `columns` lanes are real: start values are read from C or the bias row here,
            // never past their ends.
            switch start {
            case .current:
                for r in 0..<R {
                    for j in 0..<columns { buffer[r * width + j] = c[row + r, column + j] }
                }
            case .row(let v) where columns < width:
                for r in 0..<R {
                    for j in 0..<columns { buffer[r * width + j] = v[column + j] }
                }
                kernelStart = .current
            default:
                break
            }
        }
        Self.kernel(shape, depth, aStart, a.rowStride, a.columnStride, bStart, b.rowStride, target, targetStride,
                    kernelStart, row, column)
        if !direct {
            for r in 0..<R {
                for j in 0..<columns { c[row + r, column + j] = buffer[r * width + j] }
            }
        }
    }

    /// The kernel: `R` rows of lane group `V`. The `R` sums stay in registers for the whole
    /// depth; each step loads one row segment `b` of `B`, broadcasts `A[r, p]` and computes
    /// `sum[r] ← sum[r] + A[r, p]·b` — a multiplication then an addition, as the plain loop.
    /// The sums start as ``ProductStart`` says for the tile at (`row`, `column`) of `C`
    /// (`.current`: what `c` holds).
    @inline(__always)
    static func kernel<let R: Int, V: LaneGroup>(
        _ rows: InlineArray<R, V>.Type, _ depth: Int,
        _ a: UnsafePointer<Double>, _ aRowStride: Int, _ aColumnStride: Int,
        _ b: UnsafePointer<Double>, _ bRowStride: Int,
        _ c: UnsafeMutablePointer<Double>, _ cRowStride: Int,
        _ start: ProductStart, _ row: Int, _ column: Int
    ) {
        var sums = InlineArray<R, V>(repeating: V(repeating: 0))
        switch start {
        case .zero: break
        case .current: for r in 0..<R { sums[r] = V.load(c + r * cRowStride) }
        case .row(let v): for r in 0..<R { sums[r] = V.load(v + column) }
        case .column(let v): for r in 0..<R { sums[r] = V(repeating: v[row + r]) }
        case .scalar(let value): for r in 0..<R { sums[r] = V(repeating: value) }
        }
        var pa = a, pb = b
        for _ in 0..<depth {
            let segment = V.load(pb)
            for r in 0..<R { sums[r] = sums[r].adding(V(repeating: pa[r * aRowStride]), times: segment) }
            pa += aColumnStride
            pb += bRowStride
        }
        for r in 0..<R { sums[r].store(c + r * cRowStride) }
    }
}
