/// How one product is computed: as asked or as `Cᵀ = Bᵀ·Aᵀ`, and whether `B`'s rows are
/// copied into padded rows so that one lane group covers a narrow `C` — whichever
/// ``cost`` estimates cheapest. Every plan gives the same bits.
struct ProductPlan {
    var swapped: Bool
    /// 4, 8 or 16: `B` copied into rows of that width, zeros past its last column.
    var paddedWidth: Int?
    var cost: Int

    /// The cheapest plan for `C ← C₀ + A·B`.
    static func cheapest(_ a: MatrixView, _ b: MatrixView, _ c: MutableMatrixView) -> ProductPlan {
        // (Candidates written out: array literals or captured variables would allocate
        // on every product in unoptimised builds.)
        let (at, bt, ct) = (b.transposed, a.transposed, c.transposed)
        var best = ProductPlan(swapped: false, paddedWidth: nil, cost: cost(a, b, c, paddedWidth: nil))
        if let width = paddedWidth(for: c.columns) {
            best = cheaper(best, ProductPlan(swapped: false, paddedWidth: width, cost: cost(a, b, c, paddedWidth: width)))
        }
        best = cheaper(best, ProductPlan(swapped: true, paddedWidth: nil, cost: cost(at, bt, ct, paddedWidth: nil)))
        if let width = paddedWidth(for: ct.columns) {
            best = cheaper(best, ProductPlan(swapped: true, paddedWidth: width, cost: cost(at, bt, ct, paddedWidth: width)))
        }
        return best
    }

    static func cheaper(_ x: ProductPlan, _ y: ProductPlan) -> ProductPlan { y.cost < x.cost ? y : x }

    /// The lane group that covers `width < 16` columns in one: 4, 8 or 16 (nil when the
    /// width is itself a group or wide).
    static func paddedWidth(for width: Int) -> Int? {
        switch width {
        case 3: 4
        case 5...7: 8
        case 9...15: 16
        default: nil
        }
    }

    /// Estimated cost in vector instructions: for each row of `C` and each step `p`, one
    /// broadcast per lane group and one multiply–add per vector of eight (a `SIMD16` is two);
    /// plus three per element copied (`B` when its rows are strided or padded, tiles of `C`
    /// that go through a buffer).
    static func cost(_ a: MatrixView, _ b: MatrixView, _ c: MutableMatrixView, paddedWidth: Int?) -> Int {
        let m = c.rows, n = c.columns, k = a.columns
        var perRowStep = 0
        if let width = paddedWidth {
            perRowStep = 1 + max(1, width / 8)
        } else {
            perRowStep = (n / 16) * 3
            var rest = n % 16
            while rest > 0 {
                perRowStep += 2
                rest -= 1 << (Int.bitWidth - 1 - rest.leadingZeroBitCount)
            }
        }
        var cost = m * k * perRowStep
        if paddedWidth != nil || (b.columnStride != 1 && n > 1) { cost += 3 * k * n }
        if paddedWidth != nil || (c.columnStride != 1 && n > 1) { cost += 3 * m * n }
        return cost
    }
}
