import Foundation
@testable import NeuralEngine

/// A tiny seeded generator for tests (SplitMix64), independent of the numpy generator.
struct TestRandomSource: RandomSource {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    private mutating func nextBits() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func nextUniform() -> Double { Double(nextBits() >> 11) * 0x1.0p-53 }

    /// Box–Muller; good enough for tests.
    mutating func nextStandardNormal() -> Double {
        let u = max(nextUniform(), 1e-300), v = nextUniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    mutating func nextInteger(through upperBound: Int) -> Int { Int(nextBits() % UInt64(upperBound + 1)) }
}

/// A `rows × columns` matrix of uniform draws in `[low, high)`.
func randomMatrix(_ rows: Int, _ columns: Int, _ low: Double, _ high: Double, _ random: inout TestRandomSource) -> Matrix {
    Matrix(rows: rows, columns: columns, elements: (0..<(rows * columns)).map { _ in random.uniform(low, high) })
}

/// `|a − b| ≤ tolerance · max(1, |a|, |b|)` for every pair.
func isClose(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($0), abs($1)) }
}

/// Rounds to `digits` decimals, to compare with numbers printed that way.
func rounded(_ value: Double, _ digits: Int) -> Double {
    let scale = pow(10, Double(digits))
    return (value * scale).rounded() / scale
}

/// The XOR truth table (seed 001): inputs 4×2, targets 4×1.
let xorInputs = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
let xorTargets = Matrix([[0], [1], [1], [0]])
