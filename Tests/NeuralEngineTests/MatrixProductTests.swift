import Testing
@testable import NeuralEngine

@Suite struct MatrixProductTests {
    /// `C₀ + A·B` by the textbook loop: each element summed over `p = 0, 1, …` in order.
    static func textbook(_ a: [Double], _ b: [Double], _ c0: [Double], m: Int, n: Int, k: Int,
                         aAt: (Int, Int) -> Int, bAt: (Int, Int) -> Int) -> [Double] {
        var c = c0
        for i in 0..<m {
            for j in 0..<n {
                var sum = c0[i * n + j]
                for p in 0..<k { sum += a[aAt(i, p)] * b[bAt(p, j)] }
                c[i * n + j] = sum
            }
        }
        return c
    }

    /// Shapes `(m, n, k)` covering the plain loops, every tile height (1…6) and lane group
    /// (16, 8, 4, 2, 1), both orientations, depth blocks (k > 256) and the dense layers'
    /// shapes in the benchmarks (W2: 1000×10 by 2, 10×1 by 1000; W3: 300×3 by 64, 64×3 by 300).
    static let shapes: [(Int, Int, Int)] = [
        (1, 1, 1), (2, 3, 2), (3, 5, 7), (6, 16, 2), (7, 17, 300), (10, 1, 1000), (1000, 10, 2), (1000, 1, 10),
        (300, 3, 64), (64, 3, 300), (2, 64, 300), (300, 64, 3), (33, 65, 257), (5, 31, 520),
    ]

    /// Every path gives bit for bit the textbook loop's result, for `A`, `Aᵀ`, `B`, `Bᵀ`
    /// operands and with or without accumulating into `C`.
    @Test(arguments: shapes)
    func productIsTheTextbookLoopBitForBit(shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        var random = TestRandomSource(seed: UInt64(m * 1_000_003 + n * 1009 + k))
        let a = (0..<(m * k)).map { _ in random.uniform(-1, 1) }
        let b = (0..<(k * n)).map { _ in random.uniform(-1, 1) }
        let c0 = (0..<(m * n)).map { _ in random.uniform(-1, 1) }
        let scratch = ProductScratch(threads: 2)
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                for accumulate in [false, true] {
                    // A stored as m×k (or as its transpose, k×m); B as k×n (or n×k).
                    let aAt: (Int, Int) -> Int = transposeA ? { i, p in p * m + i } : { i, p in i * k + p }
                    let bAt: (Int, Int) -> Int = transposeB ? { p, j in j * k + p } : { p, j in p * n + j }
                    let expected = Self.textbook(a, b, accumulate ? c0 : [Double](repeating: 0, count: m * n),
                                                 m: m, n: n, k: k, aAt: aAt, bAt: bAt)
                    var c = accumulate ? c0 : [Double](repeating: .nan, count: m * n)
                    a.withUnsafeBufferPointer { pa in
                        b.withUnsafeBufferPointer { pb in
                            c.withUnsafeMutableBufferPointer { pc in
                                let aView = transposeA ? MatrixView(rowMajor: pa.baseAddress!, rows: k, columns: m).transposed
                                    : MatrixView(rowMajor: pa.baseAddress!, rows: m, columns: k)
                                let bView = transposeB ? MatrixView(rowMajor: pb.baseAddress!, rows: n, columns: k).transposed
                                    : MatrixView(rowMajor: pb.baseAddress!, rows: k, columns: n)
                                MatrixProduct.multiply(aView, bView, into: MutableMatrixView(rowMajor: pc.baseAddress!, rows: m, columns: n),
                                                       start: accumulate ? .current : .zero, scratch: scratch)
                            }
                        }
                    }
                    #expect(c == expected, "\(m)×\(n) by \(k), Aᵀ \(transposeA), Bᵀ \(transposeB), accumulate \(accumulate)")
                }
            }
        }
    }

    /// Starting from a bias row (a dense layer's `b`), a bias column (the same, transposed) or
    /// one shared value gives the textbook loop started from those values, also where a
    /// tile is cut off by the edge of `C` (3 and 10 columns).
    @Test(arguments: [(300, 3, 64), (1000, 10, 2), (64, 3, 300), (7, 17, 300), (2, 3, 2)])
    func biasStartsAreTheTextbookLoop(shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        var random = TestRandomSource(seed: UInt64(m + 17 * n + 31 * k))
        let a = (0..<(m * k)).map { _ in random.uniform(-1, 1) }
        let b = (0..<(k * n)).map { _ in random.uniform(-1, 1) }
        let rowBias = (0..<n).map { _ in random.uniform(-1, 1) }
        let columnBias = (0..<m).map { _ in random.uniform(-1, 1) }
        let scratch = ProductScratch(threads: 1)
        let aAt: (Int, Int) -> Int = { $0 * k + $1 }, bAt: (Int, Int) -> Int = { $0 * n + $1 }
        let starts: [(String, [Double])] = [
            ("row", (0..<(m * n)).map { rowBias[$0 % n] }),
            ("column", (0..<(m * n)).map { columnBias[$0 / n] }),
            ("scalar", [Double](repeating: 0.375, count: m * n)),
        ]
        for (name, c0) in starts {
            let expected = Self.textbook(a, b, c0, m: m, n: n, k: k, aAt: aAt, bAt: bAt)
            var c = [Double](repeating: .nan, count: m * n)
            rowBias.withUnsafeBufferPointer { rb in
                columnBias.withUnsafeBufferPointer { cb in
                    a.withUnsafeBufferPointer { pa in
                        b.withUnsafeBufferPointer { pb in
                            c.withUnsafeMutableBufferPointer { pc in
                                let start: ProductStart = switch name {
                                case "row": .row(rb.baseAddress!)
                                case "column": .column(cb.baseAddress!)
                                default: .scalar(0.375)
                                }
                                MatrixProduct.multiply(MatrixView(rowMajor: pa.baseAddress!, rows: m, columns: k),
                                                       MatrixView(rowMajor: pb.baseAddress!, rows: k, columns: n),
                                                       into: MutableMatrixView(rowMajor: pc.baseAddress!, rows: m, columns: n),
                                                       start: start, scratch: scratch)
                            }
                        }
                    }
                }
            }
            #expect(c == expected, "\(m)×\(n) by \(k) from a \(name)")
        }
    }

    /// Large enough to be split between two threads (2²⁰ multiply–adds and more): still the
    /// textbook result, and ``Matrix/product(_:_:)`` agrees with it.
    @Test func threadedProductIsTheTextbookLoop() {
        let (m, n, k) = (130, 128, 100)
        var random = TestRandomSource(seed: 7)
        let a = randomMatrix(m, k, -1, 1, &random), b = randomMatrix(k, n, -1, 1, &random)
        let expected = Self.textbook(a.elements, b.elements, [Double](repeating: 0, count: m * n), m: m, n: n, k: k,
                                     aAt: { $0 * k + $1 }, bAt: { $0 * n + $1 })
        Parallelism.threadCount = 2
        defer { Parallelism.threadCount = 0 }
        let product = Matrix.product(a, b)
        #expect(product.rows == m && product.columns == n)
        #expect(product.elements == expected)
    }

    @Test func emptyDepthGivesZeros() {
        let product = Matrix.product(Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 3))
        #expect(product == Matrix(rows: 2, columns: 3))
    }
}

@Suite struct ColumnSumsTests {
    /// Widths covering every block (64, 32, 16, 8, 4, 2, 1 columns): each sum is the plain
    /// loop's, row after row, bit for bit.
    @Test(arguments: [1, 3, 10, 64, 127])
    func columnSumsAreThePlainLoop(columns: Int) {
        var random = TestRandomSource(seed: UInt64(columns))
        let rows = 37
        let y = (0..<(rows * columns)).map { _ in random.uniform(-1, 1) }
        var expected = [Double](repeating: 0, count: columns)
        for r in 0..<rows {
            for c in 0..<columns { expected[c] += y[r * columns + c] }
        }
        var sums = [Double](repeating: .nan, count: columns)
        y.withUnsafeBufferPointer { py in
            sums.withUnsafeMutableBufferPointer { ColumnSums.sum(py.baseAddress!, rows: rows, columns: columns, into: $0.baseAddress!) }
        }
        #expect(sums == expected)
    }
}
