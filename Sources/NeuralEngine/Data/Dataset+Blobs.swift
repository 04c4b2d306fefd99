extension Dataset {
    /// Gaussian clusters, scikit-learn's `make_blobs` step for step (integer `n_samples`).
    ///
    /// 1. Centers: a `centers × features` matrix of `uniform(centerBox.low, centerBox.high)` draws.
    /// 2. Sizes: every center gets `samples / centers`; the first `samples % centers` get one more.
    /// 3. Samples of center `i`, row by row: `center[i][f] + clusterStd · z`, label `i`.
    /// 4. `shuffle` reorders the samples by `random.permutation(samples)`.
    public static func blobs(
        random: inout some RandomSource,
        samples: Int = 100,
        centers: Int = 3,
        features: Int = 2,
        clusterStd: Double = 1.0,
        centerBox: (low: Double, high: Double) = (-10, 10),
        shuffle: Bool = true
    ) throws(DatasetError) -> Dataset {
        guard centers >= 1 else { throw .tooSmall(parameter: "centers", value: centers, minimum: 1) }
        guard features >= 1 else { throw .tooSmall(parameter: "features", value: features, minimum: 1) }
        guard centerBox.low.isFinite && centerBox.high.isFinite && centerBox.low <= centerBox.high else {
            throw .outOfRange(parameter: "center box", value: centerBox.high, requirement: "finite and at least \(centerBox.low)")
        }
        let centerPoints = random.uniformMatrix(rows: centers, columns: features, low: centerBox.low, high: centerBox.high)
        return try blobs(random: &random, samples: samples, centerPoints: centerPoints, clusterStd: clusterStd, shuffle: shuffle)
    }

    /// Gaussian clusters around given centers (one row per center), as `make_blobs(centers=array)`.
    public static func blobs(
        random: inout some RandomSource,
        samples: Int,
        centerPoints: Matrix,
        clusterStd: Double = 1.0,
        shuffle: Bool = true
    ) throws(DatasetError) -> Dataset {
        guard samples >= 1 else { throw .tooSmall(parameter: "samples", value: samples, minimum: 1) }
        guard centerPoints.rows >= 1 else { throw .tooSmall(parameter: "centers", value: 0, minimum: 1) }
        guard clusterStd >= 0 && clusterStd.isFinite else {
            throw .outOfRange(parameter: "cluster standard deviation", value: clusterStd, requirement: "a finite number at least 0")
        }
        let centerCount = centerPoints.rows
        let features = centerPoints.columns
        var x = Matrix(rows: samples, columns: features)
        var labels: [Double] = []
        labels.reserveCapacity(samples)
        var row = 0
        for center in 0..<centerCount {
            let size = samples / centerCount + (center < samples % centerCount ? 1 : 0)
            for _ in 0..<size {
                for feature in 0..<features {
                    x[row, feature] = random.normal(mean: centerPoints[center, feature], standardDeviation: clusterStd)
                }
                labels.append(Double(center))
                row += 1
            }
        }
        var dataset = Dataset(x: x, y: Matrix(rows: samples, columns: 1, elements: labels), classCount: centerCount)
        if shuffle {
            dataset = dataset.rows(at: random.permutation(samples))
        }
        return dataset
    }
}
