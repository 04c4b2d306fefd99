/// The two inner loops every dense layer runs, written with explicit 4-wide SIMD so they
/// vectorise regardless of what the optimiser can prove about aliasing.
enum VectorKernels {
    /// `y[i] += a · x[i]` for `i` in `0..<count` ("axpy").
    @inline(__always)
    static func addScaled(_ a: Double, _ x: UnsafePointer<Double>, to y: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        let scale = SIMD4<Double>(repeating: a)
        while i + 4 <= count {
            let xs = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD4<Double>.self)
            let ys = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(y + i).storeBytes(of: ys + scale * xs, as: SIMD4<Double>.self)
            i += 4
        }
        while i < count {
            y[i] += a * x[i]
            i += 1
        }
    }

    /// `Σ_i a[i] · b[i]`, accumulated in 4 lanes then summed (so the order of additions
    /// differs from a plain loop by rounding only).
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
        var lanes = SIMD4<Double>(repeating: 0)
        var i = 0
        while i + 4 <= count {
            lanes += UnsafeRawPointer(a + i).loadUnaligned(as: SIMD4<Double>.self)
                * UnsafeRawPointer(b + i).loadUnaligned(as: SIMD4<Double>.self)
            i += 4
        }
        var sum = lanes.sum()
        while i < count {
            sum += a[i] * b[i]
            i += 1
        }
        return sum
    }
}
