/// The three matrices of one tiled product, and the tile kernel.
struct TileOperands {
    let a: MatrixView
    /// Rows contiguous (`columnStride == 1`, or one column).
    let b: MatrixView
    let c: MutableMatrixView

    /// Adds `Σ_p A[row + r, p]·B[p, column + j]` over `p` in `depthStart ..< depthStart + depth`
    /// to the tile of `height` rows at (`row`, `column`), as wide as the widest lane group
    /// (16, 8, 4, 2 or 1) that fits in `width`; returns that width.
    @inline(__always)
    func tile(
        row: Int, column: Int, height: Int, width: Int, depthStart: Int, depth: Int, load: Bool,
        buffer: UnsafeMutablePointer<Double>
    ) -> Int {
        if width >= 16 { return tile(SIMD16<Double>.self, row, column, height, depthStart, depth, load, buffer) }
        if width >= 8 { return tile(SIMD8<Double>.self, row, column, height, depthStart, depth, load, buffer) }
        if width >= 4 { return tile(SIMD4<Double>.self, row, column, height, depthStart, depth, load, buffer) }
        if width >= 2 { return tile(SIMD2<Double>.self, row, column, height, depthStart, depth, load, buffer) }
        return tile(Double.self, row, column, height, depthStart, depth, load, buffer)
    }

    /// One tile with lane group `V`: straight into `C` when its rows are contiguous,
    /// otherwise through `buffer` (copied in when `load`, always copied out).
    @inline(__always)
    func tile<V: LaneGroup>(
        _ group: V.Type, _ row: Int, _ column: Int, _ height: Int, _ depthStart: Int, _ depth: Int,
        _ load: Bool, _ buffer: UnsafeMutablePointer<Double>
    ) -> Int {
        let width = V.width
        let aStart = a.base + row * a.rowStride + depthStart * a.columnStride
        let bStart = b.base + depthStart * b.rowStride + column * b.columnStride
        let direct = c.columnStride == 1 || c.columns == 1
        let target = direct ? c.base + row * c.rowStride + column * c.columnStride : buffer
        let targetStride = direct ? c.rowStride : width
        if !direct && load {
            for r in 0..<height {
                for j in 0..<width { buffer[r * width + j] = c[row + r, column + j] }
            }
        }
        switch height {
        case 6: Self.kernel(InlineArray<6, V>.self, depth, aStart, a.rowStride, a.columnStride, bStart, b.rowStride, target, targetStride, load)
        case 5: Self.kernel(InlineArray<5, V>.self, depth, aStart, a.rowStride, a.columnStride, bStart, b.rowStride, target, targetStride, load)
        case 4: Self.kernel(InlineArray<4, V>.self, depth, aStart, a.rowStride, a.columnStride, bStart, b.rowStride, target, targetStride, load)
        case 3: Self.kernel(InlineArray<3, V>.self, depth, aStart, a.rowStride, a.columnStride, bStart, b.rowStride, target, targetStride, load)
        case 2: Self.kernel(InlineArray<2, V>.self, depth, aStart, a.rowStride, a.columnStride, bStart, b.rowStride, target, targetStride, load)
        default: Self.kernel(InlineArray<1, V>.self, depth, aStart, a.rowStride, a.columnStride, bStart, b.rowStride, target, targetStride, load)
        }
        if !direct {
            for r in 0..<height {
                for j in 0..<width { c[row + r, column + j] = buffer[r * width + j] }
            }
        }
        return width
    }

    /// The kernel: `R` rows of lane group `V`. The `R` sums stay in registers for the whole
    /// depth; each step loads one row segment `b` of `B`, broadcasts `A[r, p]` and computes
    /// `sum[r] ← sum[r] + A[r, p]·b` — a multiplication then an addition, as the plain loop.
    /// Starts from the tile's contents when `load`, else from zero.
    @inline(__always)
    static func kernel<let R: Int, V: LaneGroup>(
        _ rows: InlineArray<R, V>.Type, _ depth: Int,
        _ a: UnsafePointer<Double>, _ aRowStride: Int, _ aColumnStride: Int,
        _ b: UnsafePointer<Double>, _ bRowStride: Int,
        _ c: UnsafeMutablePointer<Double>, _ cRowStride: Int, _ load: Bool
    ) {
        var sums = InlineArray<R, V>(repeating: V(repeating: 0))
        if load {
            for r in 0..<R { sums[r] = V.load(c + r * cRowStride) }
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
