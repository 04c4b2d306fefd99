import Synchronization

extension Matrix {
    /// The matrix product `A·B` (`a.rows × b.columns`), `C[i, j] = Σ_p A[i, p]·B[p, j]`,
    /// summed for each element in order `p = 0, 1, …` as the textbook loop does.
    ///
    /// Runs the same kernel as the dense layers (``MatrixProduct``): plain loops for small
    /// shapes, the cache-blocked, vectorised product for larger ones, split among
    /// ``Parallelism/threadCount`` threads when the work is large enough.
    /// Precondition: `a.columns == b.rows`.
    public static func product(_ a: Matrix, _ b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "cannot multiply \(a.shapeDescription) by \(b.shapeDescription)")
        var c = Matrix(rows: a.rows, columns: b.columns)
        let scratch = SharedProductScratch.take()
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                c.elements.withUnsafeMutableBufferPointer { pc in
                    guard let aBase = pa.baseAddress, let bBase = pb.baseAddress, let cBase = pc.baseAddress else { return }
                    MatrixProduct.multiply(
                        MatrixView(rowMajor: aBase, rows: a.rows, columns: a.columns),
                        MatrixView(rowMajor: bBase, rows: b.rows, columns: b.columns),
                        into: MutableMatrixView(rowMajor: cBase, rows: a.rows, columns: b.columns),
                        start: .zero, scratch: scratch)
                }
            }
        }
        SharedProductScratch.giveBack(scratch)
        return c
    }
}

/// One ``ProductScratch`` kept between calls of ``Matrix/product(_:_:)`` (a call that finds
/// it taken, by another thread, makes its own).
enum SharedProductScratch {
    private static let cache = Mutex<ProductScratch?>(nil)

    static func take() -> ProductScratch {
        let cached = cache.withLock { slot -> ProductScratch? in
            defer { slot = nil }
            return slot
        }
        if let cached, cached.threadCapacity >= Parallelism.threadCount { return cached }
        return ProductScratch()
    }

    static func giveBack(_ scratch: ProductScratch) {
        cache.withLock { $0 = scratch }
    }
}
