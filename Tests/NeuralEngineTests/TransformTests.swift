import Testing
@testable import NeuralEngine

@Suite struct TransformTests {
    let sklearn: FixtureRecords

    init() throws {
        sklearn = try FixtureRecords("sklearn_datasets.txt")
    }

    func lessonMoons() throws -> Matrix {
        var random = NumpyRandomState(seed: 42)
        return try Dataset.moons(random: &random, samples: 1000, noise: 0.1).x
    }

    func maximumDifference(_ a: [Double], _ b: [Double]) -> Double {
        #expect(a.count == b.count)
        return zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    /// By hand: min 1, max 5, range 4, so (x − 1) / 4.
    @Test func wholeMatrixMinMaxByHand() {
        let x = Matrix([[1, 2], [3, 5]])
        let scaling = MinMaxScaling(fittedTo: x)
        #expect(scaling.minimums == [1, 1] && scaling.ranges == [4, 4])
        #expect(scaling.apply(x).nestedRows == [[0, 0.25], [0.5, 1]])
        // A grid point outside the data scales with the same parameters.
        #expect(scaling.apply(Matrix([[5, 9]])).nestedRows == [[1, 2]])
        #expect(scaling.restore(Matrix([[0.5, 1]])).nestedRows == [[3, 5]])
    }

    /// Seed 003: `X -= X.min(); X /= X.max()` on the moons, recorded from numpy: equal to the bit.
    @Test func wholeMatrixMinMaxEqualsTheLessonsNumpy() throws {
        let scaled = MinMaxScaling(fittedTo: try lessonMoons()).apply(try lessonMoons())
        #expect(scaled.elements == sklearn.doubles("moons_1000_minmax_whole.x"))
        #expect(scaled.elements.min() == 0 && scaled.elements.max() == 1)
    }

    /// By hand: column 1 has min 1, range 4; column 2 has min 10, range 20.
    @Test func perFeatureMinMaxByHand() {
        let x = Matrix([[1, 10], [3, 30], [5, 20]])
        let scaling = MinMaxScaling(fittedTo: x, scope: .perFeature)
        #expect(scaling.minimums == [1, 10] && scaling.ranges == [4, 20])
        #expect(scaling.apply(x).nestedRows == [[0, 0], [0.5, 1], [1, 0.5]])
    }

    /// scikit-learn's MinMaxScaler computes `x · (1/range) − min/range`, so agreement is to rounding.
    @Test func perFeatureMinMaxAgreesWithScikitLearn() throws {
        let moons = try lessonMoons()
        let scaled = MinMaxScaling(fittedTo: moons, scope: .perFeature).apply(moons)
        #expect(maximumDifference(scaled.elements, sklearn.doubles("moons_1000_minmax_per_feature.x")) < 1e-15)
    }

    @Test func constantColumnsScaleToZero() {
        let x = Matrix([[2, 1], [2, 3]])
        #expect(MinMaxScaling(fittedTo: x, scope: .perFeature).apply(x).nestedRows == [[0, 0], [0, 1]])
        #expect(Standardization(fittedTo: x).apply(x).nestedRows == [[0, -1], [0, 1]])
        #expect(MinMaxScaling(fittedTo: Matrix([[7, 7]])).apply(Matrix([[7, 8]])).nestedRows == [[0, 1]])
    }

    /// By hand: column [1, 3, 5] has μ = 3, σ = √(8/3); column [10, 30, 20] has μ = 20,
    /// σ = √(200/3); both standardise to ±√1.5 = ±1.224744871391589 and 0.
    @Test func standardizationByHand() {
        let x = Matrix([[1, 10], [3, 30], [5, 20]])
        let standardization = Standardization(fittedTo: x)
        #expect(standardization.means == [3, 20])
        #expect(abs(standardization.standardDeviations[0] - (8.0 / 3).squareRoot()) < 1e-15)
        #expect(abs(standardization.standardDeviations[1] - (200.0 / 3).squareRoot()) < 1e-13)
        let expected = [-1.224744871391589, -1.224744871391589, 0, 1.224744871391589, 1.224744871391589, 0]
        #expect(maximumDifference(standardization.apply(x).elements, expected) < 1e-15)
        #expect(maximumDifference(standardization.restore(standardization.apply(x)).elements, x.elements) < 1e-14)
    }

    @Test func standardizationAgreesWithScikitLearn() throws {
        let moons = try lessonMoons()
        let standardized = Standardization(fittedTo: moons).apply(moons)
        #expect(maximumDifference(standardized.elements, sklearn.doubles("moons_1000_standard_scaler.x")) < 1e-12)
    }

    @Test func oneHotEncodesAndDecodes() throws {
        let encoding = OneHotEncoding(classCount: 3)
        let labels = Matrix(rows: 3, columns: 1, elements: [2, 0, 1])
        #expect(try encoding.encode(labels).nestedRows == [[0, 0, 1], [1, 0, 0], [0, 1, 0]])
        // Argmax per row; the first of equal scores wins.
        #expect(encoding.decode(Matrix([[0.1, 0.7, 0.2], [0.5, 0.5, 0], [0, 0, 3]])).elements == [1, 0, 2])
        #expect(throws: DatasetError.notAClassIndex(row: 1, value: 3, classCount: 3)) {
            try encoding.encode(Matrix(rows: 2, columns: 1, elements: [0, 3]))
        }
        #expect(throws: DatasetError.notAClassIndex(row: 0, value: 1.5, classCount: 3)) {
            try encoding.encode(Matrix(rows: 1, columns: 1, elements: [1.5]))
        }
        #expect(DatasetError.notAClassIndex(row: 1, value: 3, classCount: 3).description
            == "target 3 in sample 2 is not a class index from 0 to 2")
    }

    @Test func datasetTargetsBecomeOneHotWithClassNames() throws {
        let xor = try Dataset.xor().oneHotTargets()
        #expect(xor.y.nestedRows == [[1, 0], [0, 1], [0, 1], [1, 0]])
        #expect(xor.targetNames == ["0", "1"])
        #expect(throws: DatasetError.notClassification) {
            try Dataset.literal(x: Matrix([[1]]), y: Matrix([[2.5]])).oneHotTargets()
        }
    }

    /// Indices recorded from scikit-learn's `train_test_split(np.arange(n), …)`.
    @Test(arguments: [
        ("split_20_test0.25_rs42", 20, 0.25, UInt32(42)),
        ("split_1000_test0.2_rs0", 1000, 0.2, UInt32(0)),
        ("split_10_test0.33_rs1", 10, 0.33, UInt32(1)),
    ])
    func shuffledSplitMatchesScikitLearn(name: String, samples: Int, testFraction: Double, seed: UInt32) throws {
        let column = (0..<samples).map(Double.init)
        let dataset = Dataset.literal(x: Matrix(rows: samples, columns: 1, elements: column),
                                      y: Matrix(rows: samples, columns: 1, elements: column))
        var random = NumpyRandomState(seed: seed)
        let split = try dataset.split(testFraction: testFraction, random: &random)
        #expect(split.trainIndices == sklearn.integers(name + ".train"))
        #expect(split.testIndices == sklearn.integers(name + ".test"))
        #expect(split.train.x.elements == split.trainIndices.map(Double.init))
        #expect(split.test.y.elements == split.testIndices.map(Double.init))
    }

    @Test func inOrderSplitMatchesScikitLearn() throws {
        let dataset = Dataset.literal(x: Matrix(rows: 10, columns: 1, repeating: 0), y: Matrix(rows: 10, columns: 1))
        let split = try dataset.splitInOrder(testFraction: 0.3)
        #expect(split.trainIndices == sklearn.integers("split_10_test0.3_noshuffle.train"))
        #expect(split.testIndices == sklearn.integers("split_10_test0.3_noshuffle.test"))
    }

    @Test func impossibleSplitsAreReported() {
        var random = DefaultRandom(seed: 0)
        #expect(throws: DatasetError.outOfRange(parameter: "test fraction", value: 1, requirement: "between 0 and 1 (exclusive)")) {
            try Dataset.xor().split(testFraction: 1, random: &random)
        }
        #expect(DatasetError.outOfRange(parameter: "test fraction", value: 1.5, requirement: "between 0 and 1 (exclusive)").description
            == "test fraction must be between 0 and 1 (exclusive), got 1.5")
        #expect(DatasetError.emptyTrainingSet(samples: 4, testFraction: 0.8).description
            == "with 4 samples and a test fraction of 0.8 the training set would be empty")
        // ⌈0.8 · 4⌉ = 4 test samples leave none to train on.
        #expect(throws: DatasetError.emptyTrainingSet(samples: 4, testFraction: 0.8)) {
            try Dataset.xor().split(testFraction: 0.8, random: &random)
        }
    }
}
