import Foundation

extension Dataset {
    /// Two interleaving half circles, scikit-learn's `make_moons` step for step, so
    /// `moons(random: &numpy, samples: 1000, noise: 0.1)` with `numpy = NumpyRandomState(seed: 42)` equals
    /// `make_moons(n_samples=1000, noise=0.1, random_state=42)`.
    ///
    /// With `n_out = samples / 2` and `n_in = samples − n_out`:
    /// - outer (label 0): `(cos θ, sin θ)` for `θ = linspace(0, π, n_out)`;
    /// - inner (label 1): `(1 − cos θ, 1 − sin θ − 0.5)` for `θ = linspace(0, π, n_in)`;
    /// - `shuffle` reorders the samples by `random.permutation(samples)`;
    /// - `noise` adds `normal(0, noise)` to every coordinate, row by row.
    public static func moons(
        random: inout some RandomSource,
        samples: Int = 100,
        noise: Double? = nil,
        shuffle: Bool = true
    ) throws(DatasetError) -> Dataset {
        guard samples >= 1 else { throw .tooSmall(parameter: "samples", value: samples, minimum: 1) }
        try validateNoise(noise)
        let outerCount = samples / 2
        let innerCount = samples - outerCount
        var points: [Double] = []
        points.reserveCapacity(2 * samples)
        for angle in EvenlySpaced.values(from: 0, to: .pi, count: outerCount) {
            points += [cos(angle), sin(angle)]
        }
        for angle in EvenlySpaced.values(from: 0, to: .pi, count: innerCount) {
            points += [1 - cos(angle), 1 - sin(angle) - 0.5]
        }
        let labels = Array(repeating: 0.0, count: outerCount) + Array(repeating: 1.0, count: innerCount)
        return twoClassShape(points: points, labels: labels, noise: noise, shuffle: shuffle, random: &random)
    }

    static func validateNoise(_ noise: Double?) throws(DatasetError) {
        if let noise, !(noise >= 0 && noise.isFinite) {
            throw .outOfRange(parameter: "noise", value: noise, requirement: "a finite number at least 0")
        }
    }

    /// The tail shared by moons and circles (scikit-learn's order): shuffle rows, then add noise.
    static func twoClassShape(
        points: [Double],
        labels: [Double],
        noise: Double?,
        shuffle: Bool,
        random: inout some RandomSource
    ) -> Dataset {
        var dataset = Dataset(
            x: Matrix(rows: labels.count, columns: 2, elements: points),
            y: Matrix(rows: labels.count, columns: 1, elements: labels),
            classCount: 2
        )
        if shuffle {
            dataset = dataset.rows(at: random.permutation(labels.count))
        }
        if let noise {
            for index in dataset.x.elements.indices {
                dataset.x.elements[index] += random.normal(mean: 0, standardDeviation: noise)
            }
        }
        return dataset
    }
}
