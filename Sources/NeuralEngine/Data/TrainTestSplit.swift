/// A dataset cut in two, with the sample indices each part came from.
public struct TrainTestSplit: Equatable, Sendable {
    public let train: Dataset
    public let test: Dataset
    public let trainIndices: [Int]
    public let testIndices: [Int]
}

extension Dataset {
    /// scikit-learn's `train_test_split(test_size=testFraction, random_state=…)`:
    /// `n_test = ⌈testFraction · n⌉`, `perm = random.permutation(n)`,
    /// test = `perm[:n_test]`, train = `perm[n_test:]`.
    public func split(testFraction: Double, random: inout some RandomSource) throws(DatasetError) -> TrainTestSplit {
        let testCount = try Self.testCount(samples: sampleCount, testFraction: testFraction)
        let order = random.permutation(sampleCount)
        return parts(train: Array(order[testCount...]), test: Array(order[..<testCount]))
    }

    /// `train_test_split(…, shuffle=False)`: the first `n − ⌈testFraction · n⌉` samples
    /// train, the rest test.
    public func splitInOrder(testFraction: Double) throws(DatasetError) -> TrainTestSplit {
        let testCount = try Self.testCount(samples: sampleCount, testFraction: testFraction)
        let trainCount = sampleCount - testCount
        return parts(train: Array(0..<trainCount), test: Array(trainCount..<sampleCount))
    }

    private static func testCount(samples: Int, testFraction: Double) throws(DatasetError) -> Int {
        guard testFraction > 0 && testFraction < 1 else {
            throw .outOfRange(parameter: "test fraction", value: testFraction, requirement: "between 0 and 1 (exclusive)")
        }
        let testCount = Int((testFraction * Double(samples)).rounded(.up))
        guard testCount < samples else { throw .emptyTrainingSet(samples: samples, testFraction: testFraction) }
        return testCount
    }

    private func parts(train: [Int], test: [Int]) -> TrainTestSplit {
        TrainTestSplit(train: rows(at: train), test: rows(at: test), trainIndices: train, testIndices: test)
    }
}
