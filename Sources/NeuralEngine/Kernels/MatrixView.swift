/// A matrix somewhere in memory, read through strides: element `(i, j)` is at
/// `base[i·rowStride + j·columnStride]`. A row-major `r × c` matrix has strides `(c, 1)`;
/// its transpose is the same memory with the strides swapped, so `Xᵀ·δ` and `δ·Wᵀ`
/// need no copies.
struct MatrixView {
    let base: UnsafePointer<Double>
    let rows: Int
    let columns: Int
    let rowStride: Int
    let columnStride: Int

    /// A row-major `rows × columns` block starting at `base`.
    init(rowMajor base: UnsafePointer<Double>, rows: Int, columns: Int) {
        self.init(base: base, rows: rows, columns: columns, rowStride: columns, columnStride: 1)
    }

    init(base: UnsafePointer<Double>, rows: Int, columns: Int, rowStride: Int, columnStride: Int) {
        self.base = base
        self.rows = rows
        self.columns = columns
        self.rowStride = rowStride
        self.columnStride = columnStride
    }

    /// `Aᵀ`: the same elements with rows and columns exchanged.
    var transposed: MatrixView {
        MatrixView(base: base, rows: columns, columns: rows, rowStride: columnStride, columnStride: rowStride)
    }

    @inline(__always)
    subscript(i: Int, j: Int) -> Double { base[i * rowStride + j * columnStride] }
}

/// A writable ``MatrixView``.
struct MutableMatrixView {
    let base: UnsafeMutablePointer<Double>
    let rows: Int
    let columns: Int
    let rowStride: Int
    let columnStride: Int

    init(rowMajor base: UnsafeMutablePointer<Double>, rows: Int, columns: Int) {
        self.init(base: base, rows: rows, columns: columns, rowStride: columns, columnStride: 1)
    }

    init(base: UnsafeMutablePointer<Double>, rows: Int, columns: Int, rowStride: Int, columnStride: Int) {
        self.base = base
        self.rows = rows
        self.columns = columns
        self.rowStride = rowStride
        self.columnStride = columnStride
    }

    var transposed: MutableMatrixView {
        MutableMatrixView(base: base, rows: columns, columns: rows, rowStride: columnStride, columnStride: rowStride)
    }

    @inline(__always)
    subscript(i: Int, j: Int) -> Double {
        get { base[i * rowStride + j * columnStride] }
        nonmutating set { base[i * rowStride + j * columnStride] = newValue }
    }
}
