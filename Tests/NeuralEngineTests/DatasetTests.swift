import Testing
@testable import NeuralEngine

/// Generated datasets against the libraries they copy (Fixtures/sklearn_datasets.txt,
/// scikit-learn 1.9.1; Fixtures/nnfs_spiral.txt, nnfs 0.5.1; both on numpy 2.4.6).
@Suite struct DatasetTests {
    let sklearn: FixtureRecords
    let nnfs: FixtureRecords

    init() throws {
        sklearn = try FixtureRecords("sklearn_datasets.txt")
        nnfs = try FixtureRecords("nnfs_spiral.txt")
    }

    /// Largest absolute difference, with a shape check.
    func maximumDifference(_ a: Matrix, _ b: Matrix) -> Double {
        #expect(a.rows == b.rows && a.columns == b.columns)
        return zip(a.elements, b.elements).map { abs($0 - $1) }.max() ?? 0
    }

    func expectMatches(_ dataset: Dataset, _ name: String, tolerance: Double = 1e-12) {
        #expect(maximumDifference(dataset.x, sklearn.matrix(name)) <= tolerance)
        #expect(dataset.y.elements == sklearn.doubles(name + ".y"))
        #expect(dataset.y.columns == 1)
    }

    @Test func moonsMatchScikitLearnForTheLessonSeed() throws {
        var random = NumpyRandomState(seed: 42)
        let moons = try Dataset.moons(random: &random, samples: 1000, noise: 0.1)
        expectMatches(moons, "moons_1000_noise0.1_rs42")
        #expect(moons.classCount == 2)
        #expect(moons.featureNames == ["x1", "x2"])
        // Seed 003 prints X[0] = [-0.05146968, 0.44419863] and y[:5] = [1, 1, 1, 1, 0].
        #expect(abs(moons.x[0, 0] - -0.05146968) < 5e-9)
        #expect(abs(moons.x[0, 1] - 0.44419863) < 5e-9)
        #expect(Array(moons.y.elements.prefix(5)) == [1, 1, 1, 1, 0])
    }

    @Test func moonsWithoutNoiseOrShuffleAndWithAnOddCount() throws {
        var random = NumpyRandomState(seed: 0)
        expectMatches(try Dataset.moons(random: &random, samples: 7, shuffle: false), "moons_7_plain")
        random = NumpyRandomState(seed: 0)
        expectMatches(try Dataset.moons(random: &random, samples: 11, noise: 0.3), "moons_11_noise0.3_rs0")
    }

    @Test func circlesMatchScikitLearn() throws {
        var random = NumpyRandomState(seed: 1)
        let circles = try Dataset.circles(random: &random, samples: 100, noise: 0.05, factor: 0.5)
        expectMatches(circles, "circles_100_noise0.05_factor0.5_rs1")
        random = NumpyRandomState(seed: 0)
        expectMatches(try Dataset.circles(random: &random, samples: 9, factor: 0.3, shuffle: false), "circles_9_factor0.3_plain")
    }

    @Test func blobsMatchScikitLearn() throws {
        var random = NumpyRandomState(seed: 0)
        let blobs = try Dataset.blobs(random: &random, samples: 30, centers: 3, features: 2)
        expectMatches(blobs, "blobs_30_3c_2f_rs0")
        #expect(blobs.classCount == 3)
        random = NumpyRandomState(seed: 7)
        let unshuffled = try Dataset.blobs(random: &random, 
            samples: 31, centers: 4, features: 3, clusterStd: 0.5, centerBox: (-5, 5), shuffle: false)
        expectMatches(unshuffled, "blobs_31_4c_3f_std0.5_box-5_5_noshuffle_rs7")
    }

    @Test func spiralMatchesNNFSInFloat64() throws {
        var random = NumpyRandomState(seed: 0)
        let spiral = try Dataset.spiral(random: &random, pointsPerClass: 100, classes: 3)
        #expect(maximumDifference(spiral.x, Matrix(rows: 300, columns: 2, elements: nnfs.doubles("spiral_100_3_seed0_float64.x"))) <= 1e-12)
        #expect(spiral.y.elements == nnfs.doubles("spiral_100_3_seed0_float64.y"))
        #expect(spiral.classCount == 3)
        random = NumpyRandomState(seed: 1)
        let small = try Dataset.spiral(random: &random, pointsPerClass: 5, classes: 2)
        #expect(maximumDifference(small.x, Matrix(rows: 10, columns: 2, elements: nnfs.doubles("spiral_5_2_seed1_float64.x"))) <= 1e-12)
    }

    /// After `nnfs.init()` numpy's randn and zeros are float32, so nnfs's spiral differs
    /// from the float64 one by float32 rounding (relative 6e-8 on values of size ≤ 1).
    @Test func spiralMatchesNNFSInitToFloat32Precision() throws {
        var random = NumpyRandomState(seed: 0)
        let spiral = try Dataset.spiral(random: &random, pointsPerClass: 100, classes: 3)
        let float32 = Matrix(rows: 300, columns: 2, elements: nnfs.doubles("spiral_100_3_nnfs_init_float32.x"))
        let difference = maximumDifference(spiral.x, float32)
        #expect(difference < 1e-6)
        #expect(difference > 0)
    }

    @Test func linspaceMatchesNumpyArithmetic() {
        // np.linspace(0, 1, 5) = [0, 0.25, 0.5, 0.75, 1]; np.linspace(0, 1, 4, endpoint=False) = [0, .25, .5, .75].
        #expect(EvenlySpaced.values(from: 0, to: 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
        #expect(EvenlySpaced.values(from: 0, to: 1, count: 4, endpoint: false) == [0, 0.25, 0.5, 0.75])
        #expect(EvenlySpaced.values(from: 3, to: 3, count: 3) == [3, 3, 3])
        #expect(EvenlySpaced.values(from: 2, to: 9, count: 1) == [2])
        #expect(EvenlySpaced.values(from: 0, to: 1, count: 0) == [])
        // np.linspace(0, 1, 10)[3] == 0.3333333333333333 (3 · (1/9)).
        #expect(EvenlySpaced.values(from: 0, to: 1, count: 10)[3] == 0.3333333333333333)
    }

    /// By hand, as numpy: meshgrid([0, 1, 2], [5, 6]) ravelled gives x = 0 1 2 0 1 2, y = 5 5 5 6 6 6.
    @Test func gridPointsFollowNumpyMeshgridOrder() {
        let grid = EvenlySpaced.grid(xs: [0, 1, 2], ys: [5, 6])
        #expect(grid.nestedRows == [[0, 5], [1, 5], [2, 5], [0, 6], [1, 6], [2, 6]])
    }

    @Test func xorIsTheTruthTable() {
        let xor = Dataset.xor()
        #expect(xor.x.nestedRows == [[0, 0], [0, 1], [1, 0], [1, 1]])
        #expect(xor.y.elements == [0, 1, 1, 0])
        #expect(xor.classCount == 2)
        #expect(xor.classNames == ["0", "1"])
    }

    /// Seed 003's first network: X = [[1,0,0,0],[1,0,1,1],[0,1,0,1]], y = [1, 1, 0].
    @Test func literalKeepsTheGivenMatrices() {
        let x = Matrix([[1, 0, 0, 0], [1, 0, 1, 1], [0, 1, 0, 1]])
        let y = Matrix(rows: 3, columns: 1, elements: [1, 1, 0])
        let dataset = Dataset.literal(x: x, y: y)
        #expect(dataset.x == x && dataset.y == y)
        #expect(dataset.classCount == nil)
        #expect(dataset.featureNames == ["x1", "x2", "x3", "x4"])
        #expect(dataset.targetNames == ["y"])
    }

    @Test func rowsAtPicksSamplesInOrder() {
        let dataset = Dataset.xor().rows(at: [3, 0, 3])
        #expect(dataset.x.nestedRows == [[1, 1], [0, 0], [1, 1]])
        #expect(dataset.y.elements == [0, 0, 0])
    }

    @Test func invalidParametersAreReported() {
        var random = DefaultRandom(seed: 0)
        #expect(throws: DatasetError.tooSmall(parameter: "samples", value: 0, minimum: 1)) {
            try Dataset.moons(random: &random, samples: 0)
        }
        #expect(throws: DatasetError.outOfRange(parameter: "noise", value: -0.5, requirement: "a finite number at least 0")) {
            try Dataset.moons(random: &random, samples: 10, noise: -0.5)
        }
        #expect(throws: DatasetError.outOfRange(parameter: "factor", value: 1, requirement: "at least 0 and below 1")) {
            try Dataset.circles(random: &random, samples: 10, factor: 1)
        }
        #expect(DatasetError.tooSmall(parameter: "samples", value: 0, minimum: 1).description == "samples must be at least 1, got 0")
    }
}
