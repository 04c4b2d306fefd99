extension VectorKernels {
    /// A matrix read through strides: element `(i, p)` is `base[i·rowStride + p·columnStride]`.
    /// `X` is `(X, rowStride: inputs, columnStride: 1)`; its transpose `Xᵀ` the same memory
    /// read as `(X, rowStride: 1, columnStride: inputs)`.
    struct StridedMatrix {
        var base: UnsafePointer<Double>
        var rowStride: Int
        var columnStride: Int

        @inline(__always)
        subscript(i: Int, p: Int) -> Double { base[i * rowStride + p * columnStride] }
    }

    /// `C += A·B` with `A` (`m × inner`, strided), `B` (`inner × n`, row-major with row length
    /// `n`) and `C` (`m × n`, row-major):  `C[i, j] += Σ_p A[i, p]·B[p, j]`.
    ///
    /// The work is cut into 4 × 4 tiles of `C` whose sixteen sums stay in registers while `p`
    /// runs, so each value of `B` loaded serves four rows of `A`. Edge tiles use plain loops.
    static func multiplyAccumulate(
        _ a: StridedMatrix, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
        m: Int, inner: Int, n: Int
    ) {
        var i = 0
        while i + 4 <= m {
            var j = 0
            while j + 4 <= n {
                var c0 = SIMD4<Double>(repeating: 0), c1 = c0, c2 = c0, c3 = c0
                // Walk A[i…i+3, p] and B[p, j…j+3] by pointer steps (no index arithmetic in the loop).
                let rowStep = a.rowStride, columnStep = a.columnStride
                var aColumn = a.base + i * rowStep
                var bRow = b + j
                for _ in 0..<inner {
                    let row = UnsafeRawPointer(bRow).loadUnaligned(as: SIMD4<Double>.self)
                    c0 += aColumn[0] * row
                    c1 += (aColumn + rowStep)[0] * row
                    c2 += (aColumn + 2 * rowStep)[0] * row
                    c3 += (aColumn + 3 * rowStep)[0] * row
                    aColumn += columnStep
                    bRow += n
                }
                add(c0, to: c + i * n + j)
                add(c1, to: c + (i + 1) * n + j)
                add(c2, to: c + (i + 2) * n + j)
                add(c3, to: c + (i + 3) * n + j)
                j += 4
            }
            addPlain(a, b, into: c, rows: i..<(i + 4), columns: j..<n, inner: inner, n: n)
            i += 4
        }
        addPlain(a, b, into: c, rows: i..<m, columns: 0..<n, inner: inner, n: n)
    }

    @inline(__always)
    private static func add(_ sums: SIMD4<Double>, to target: UnsafeMutablePointer<Double>) {
        let raw = UnsafeMutableRawPointer(target)
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD4<Double>.self) + sums, as: SIMD4<Double>.self)
    }

    /// The edge tiles of ``multiplyAccumulate(_:_:into:m:inner:n:)``, element by element.
    private static func addPlain(
        _ a: StridedMatrix, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
        rows: Range<Int>, columns: Range<Int>, inner: Int, n: Int
    ) {
        guard !columns.isEmpty else { return }
        for i in rows {
            for j in columns {
                var sum = 0.0
                for p in 0..<inner { sum += a[i, p] * b[p * n + j] }
                c[i * n + j] += sum
            }
        }
    }
}
