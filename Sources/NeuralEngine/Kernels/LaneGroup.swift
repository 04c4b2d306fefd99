/// A group of consecutive `Double`s that the matrix-product tiles load, multiply, add and
/// store together: `SIMD16`, `SIMD8`, `SIMD4`, `SIMD2` or a single `Double`, so a row of
/// any width is covered exactly (width 10 = 8 + 2) without reading past its end.
protocol LaneGroup {
    static var width: Int { get }
    init(repeating value: Double)
    static func load(_ pointer: UnsafePointer<Double>) -> Self
    func store(_ pointer: UnsafeMutablePointer<Double>)
    /// `self + x·b`: a multiplication, then an addition (two roundings, never fused).
    func adding(_ x: Self, times b: Self) -> Self
    static func + (lhs: Self, rhs: Self) -> Self
}

extension LaneGroup where Self: SIMD, Self.Scalar == Double {
    @inline(__always)
    static func load(_ pointer: UnsafePointer<Double>) -> Self {
        UnsafeRawPointer(pointer).loadUnaligned(as: Self.self)
    }

    @inline(__always)
    func store(_ pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: self, as: Self.self)
    }

    @inline(__always)
    func adding(_ x: Self, times b: Self) -> Self { self + x * b }
}

extension SIMD16: LaneGroup where Scalar == Double { static var width: Int { 16 } }
extension SIMD8: LaneGroup where Scalar == Double { static var width: Int { 8 } }
extension SIMD4: LaneGroup where Scalar == Double { static var width: Int { 4 } }
extension SIMD2: LaneGroup where Scalar == Double { static var width: Int { 2 } }

extension Double: LaneGroup {
    static var width: Int { 1 }

    @inline(__always)
    init(repeating value: Double) { self = value }

    @inline(__always)
    static func load(_ pointer: UnsafePointer<Double>) -> Double { pointer.pointee }

    @inline(__always)
    func store(_ pointer: UnsafeMutablePointer<Double>) { pointer.pointee = self }

    @inline(__always)
    func adding(_ x: Double, times b: Double) -> Double { self + x * b }
}
