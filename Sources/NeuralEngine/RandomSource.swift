/// A stream of random numbers. Every random draw in the engine (initial
/// weights, shuffling, dataset noise) goes through one of these, so a seed
/// fixes a whole notebook run.
///
/// ``NumpyRandomState`` reproduces numpy's legacy `RandomState` exactly;
/// the default generator is faster and just as reproducible.
public protocol RandomSource {
    /// A uniform draw from [0, 1): numpy's `random_sample()`.
    mutating func nextUniform() -> Double
    /// A standard normal draw: numpy's legacy `standard_normal()` (polar method, second value cached).
    mutating func nextStandardNormal() -> Double
    /// A uniform integer in `0...upperBound` (inclusive): numpy's legacy bounded integer
    /// (`rk_interval`, masked rejection sampling), used by `shuffle` and `permutation`.
    mutating func nextInteger(through upperBound: Int) -> Int
}

extension RandomSource {
    /// A uniform draw from [low, high): `low + (high - low) · u`, as numpy computes `uniform(low, high)`.
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextUniform()
    }

    /// A normal draw `mean + standardDeviation · z`, as numpy computes `normal(loc, scale)`.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        mean + standardDeviation * nextStandardNormal()
    }

    /// Shuffles in place the way numpy's legacy `shuffle` does (Fisher–Yates from the end).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = nextInteger(through: i)
            array.swapAt(i, j)
        }
    }

    /// `0..<count` in random order, as numpy's legacy `permutation(count)`.
    public mutating func permutation(_ count: Int) -> [Int] {
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }
}
