import Foundation

extension Dataset {
    /// A small circle inside a large one, scikit-learn's `make_circles` step for step.
    ///
    /// With `n_out = samples / 2` and `n_in = samples − n_out`:
    /// - outer (label 0): `(cos θ, sin θ)` for `θ = linspace(0, 2π, n_out, endpoint: false)`;
    /// - inner (label 1): `(factor · cos θ, factor · sin θ)` for `θ` over `n_in` points likewise;
    /// - then shuffle and noise exactly as ``moons(random:samples:noise:shuffle:)``.
    public static func circles(
        random: inout some RandomSource,
        samples: Int = 100,
        noise: Double? = nil,
        factor: Double = 0.8,
        shuffle: Bool = true
    ) throws(DatasetError) -> Dataset {
        guard samples >= 1 else { throw .tooSmall(parameter: "samples", value: samples, minimum: 1) }
        try validateNoise(noise)
        guard factor >= 0 && factor < 1 else {
            throw .outOfRange(parameter: "factor", value: factor, requirement: "at least 0 and below 1")
        }
        let outerCount = samples / 2
        let innerCount = samples - outerCount
        var points: [Double] = []
        points.reserveCapacity(2 * samples)
        for angle in EvenlySpaced.values(from: 0, to: 2 * .pi, count: outerCount, endpoint: false) {
            points += [cos(angle), sin(angle)]
        }
        for angle in EvenlySpaced.values(from: 0, to: 2 * .pi, count: innerCount, endpoint: false) {
            points += [cos(angle) * factor, sin(angle) * factor]
        }
        let labels = Array(repeating: 0.0, count: outerCount) + Array(repeating: 1.0, count: innerCount)
        return twoClassShape(points: points, labels: labels, noise: noise, shuffle: shuffle, random: &random)
    }
}
