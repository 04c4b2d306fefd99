import Foundation

extension Dataset {
    /// Interleaved spiral arms, nnfs's `spiral_data` (after cs231n) step for step.
    ///
    /// For each class `c`, drawing from `random` in that order:
    /// `r = linspace(0, 1, n)`, `t = linspace(4c, 4(c + 1), n) + 0.2 · randn(n)`,
    /// points `(r · sin 2.5t, r · cos 2.5t)`, label `c`. With `NumpyRandomState(seed: 0)`
    /// this equals `np.random.seed(0); spiral_data(n, classes)` in float64.
    public static func spiral(
        random: inout some RandomSource,
        pointsPerClass: Int = 100,
        classes: Int = 3
    ) throws(DatasetError) -> Dataset {
        guard pointsPerClass >= 1 else { throw .tooSmall(parameter: "points per class", value: pointsPerClass, minimum: 1) }
        guard classes >= 1 else { throw .tooSmall(parameter: "classes", value: classes, minimum: 1) }
        var points: [Double] = []
        points.reserveCapacity(2 * pointsPerClass * classes)
        var labels: [Double] = []
        labels.reserveCapacity(pointsPerClass * classes)
        for classIndex in 0..<classes {
            let radii = EvenlySpaced.values(from: 0, to: 1, count: pointsPerClass)
            let start = Double(classIndex * 4)
            let base = EvenlySpaced.values(from: start, to: start + 4, count: pointsPerClass)
            let jitter = (0..<pointsPerClass).map { _ in random.nextStandardNormal() * 0.2 }
            for i in 0..<pointsPerClass {
                let angle = (base[i] + jitter[i]) * 2.5
                points += [radii[i] * sin(angle), radii[i] * cos(angle)]
                labels.append(Double(classIndex))
            }
        }
        return Dataset(
            x: Matrix(rows: labels.count, columns: 2, elements: points),
            y: Matrix(rows: labels.count, columns: 1, elements: labels),
            classCount: classes
        )
    }
}
