import Testing
@testable import NeuralEngine

/// numpy's own streams (Fixtures/numpy_random.txt, numpy 2.4.6 legacy RandomState)
/// must come out bit for bit.
@Suite struct NumpyRandomStateTests {
    static let seeds: [UInt32] = [0, 1, 42, 4_294_967_295]
    let numpy: FixtureRecords

    init() throws {
        numpy = try FixtureRecords("numpy_random.txt")
    }

    @Test(arguments: seeds)
    func randomSampleMatchesNumpy(seed: UInt32) {
        var random = NumpyRandomState(seed: seed)
        let drawn = (0..<2000).map { _ in random.nextUniform() }
        #expect(drawn == numpy.doubles("seed\(seed).random_sample"))
    }

    @Test(arguments: seeds)
    func standardNormalMatchesNumpy(seed: UInt32) {
        var random = NumpyRandomState(seed: seed)
        let drawn = (0..<2000).map { _ in random.nextStandardNormal() }
        #expect(drawn == numpy.doubles("seed\(seed).standard_normal"))
    }

    @Test(arguments: seeds)
    func uniformMatrixMatchesNumpy(seed: UInt32) {
        var random = NumpyRandomState(seed: seed)
        let unit = random.uniformMatrix(rows: 4, columns: 3)
        #expect(unit.elements == numpy.doubles("seed\(seed).uniform_4x3"))
        var other = NumpyRandomState(seed: seed)
        let shifted = other.uniformMatrix(rows: 4, columns: 3, low: -2, high: 5)
        #expect(shifted.elements == numpy.doubles("seed\(seed).uniform_-2_5_4x3"))
    }

    @Test(arguments: seeds)
    func interleavedUniformAndNormalKeepTheGaussCache(seed: UInt32) {
        var random = NumpyRandomState(seed: seed)
        let ops = numpy.text("seed\(seed).interleaved_ops")
        let drawn = ops.map { $0 == "u" ? random.nextUniform() : random.nextStandardNormal() }
        #expect(drawn == numpy.doubles("seed\(seed).interleaved"))
    }

    @Test(arguments: seeds)
    func permutationAndShuffleMatchNumpy(seed: UInt32) {
        var random = NumpyRandomState(seed: seed)
        #expect(random.permutation(10) == numpy.integers("seed\(seed).permutation_10"))
        random = NumpyRandomState(seed: seed)
        #expect(Array(random.permutation(1000).prefix(50)) == numpy.integers("seed\(seed).permutation_1000_first50"))
        random = NumpyRandomState(seed: seed)
        var values = Array(0..<37)
        random.shuffle(&values)
        #expect(values == numpy.integers("seed\(seed).shuffle_arange37"))
    }

    /// numpy's `randint` over a range wider than 2³² uses the same masked rejection on
    /// 64-bit draws as `rk_interval`, so it checks the 64-bit branch.
    @Test(arguments: seeds)
    func boundedIntegersMatchNumpyRandint(seed: UInt32) {
        var random = NumpyRandomState(seed: seed)
        let wide = (0..<20).map { _ in random.nextInteger(through: 1 << 40) }
        #expect(wide == numpy.integers("seed\(seed).randint_0_2pow40_inclusive_20"))
        random = NumpyRandomState(seed: seed)
        let narrow = (0..<20).map { _ in random.nextInteger(through: 1000) }
        #expect(narrow == numpy.integers("seed\(seed).randint_0_1000_inclusive_20"))
    }

    /// Seed 003 prints `np.random.seed(42); np.random.uniform(size=(4, 3))` as
    /// 0.37454012, 0.95071431, 0.73199394, 0.59865848, …
    @Test func seed42MatchesTheLessonPrintout() {
        var random = NumpyRandomState(seed: 42)
        let weights = random.uniformMatrix(rows: 4, columns: 3)
        let printed = [0.37454012, 0.95071431, 0.73199394, 0.59865848, 0.15601864, 0.15599452]
        for (value, shown) in zip(weights.elements, printed) {
            #expect(abs(value - shown) < 5e-9)
        }
    }
}

@Suite struct DefaultRandomTests {
    /// First outputs of SplitMix64 from seed 0 as published with the reference C code
    /// (splitmix64.c, Vigna): 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F.
    @Test func splitMixMatchesTheReferenceOutputs() {
        var seeder = SplitMix64(seed: 0)
        #expect(seeder.next() == 0xe220_a839_7b1d_cdaf)
        #expect(seeder.next() == 0x6e78_9e6a_a1b9_65f4)
        #expect(seeder.next() == 0x06c4_5d18_8009_454f)
    }

    /// xoshiro256** from the state (1, 2, 3, 4): the reference outputs quoted by the Rust
    /// crate rand_xoshiro's tests (produced with Vigna's C code); the first three check by
    /// hand: rotl(2·5, 7)·9 = 11520, then s₁ = 0 gives 0, then rotl(262149·5, 7)·9 = 1509978240.
    @Test func xoshiroMatchesTheReferenceOutputs() {
        var random = DefaultRandom(state: (1, 2, 3, 4))
        let expected: [UInt64] = [
            11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
            607_988_272_756_665_600, 16_172_922_978_634_559_625, 8_476_171_486_693_032_832,
            10_595_114_339_597_558_777, 2_904_607_092_377_533_576,
        ]
        #expect((0..<10).map { _ in random.nextUInt64() } == expected)
    }

    @Test func sameSeedSameStreamDifferentSeedDifferentStream() {
        var a = DefaultRandom(seed: 7)
        var b = DefaultRandom(seed: 7)
        var c = DefaultRandom(seed: 8)
        let first = (0..<100).map { _ in a.nextUInt64() }
        #expect(first == (0..<100).map { _ in b.nextUInt64() })
        #expect(first != (0..<100).map { _ in c.nextUInt64() })
    }

    @Test func uniformDrawsAreInTheUnitIntervalWithTheRightMoments() {
        var random = DefaultRandom(seed: 1)
        let n = 100_000
        let draws = (0..<n).map { _ in random.nextUniform() }
        #expect(draws.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = draws.reduce(0, +) / Double(n)
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
        // Uniform[0,1): mean 1/2, variance 1/12; standard errors ≈ 0.0009 and 0.0003.
        #expect(abs(mean - 0.5) < 0.005)
        #expect(abs(variance - 1.0 / 12.0) < 0.002)
    }

    @Test func normalDrawsHaveMeanZeroAndUnitVariance() {
        var random = DefaultRandom(seed: 2)
        let n = 100_000
        let draws = (0..<n).map { _ in random.nextStandardNormal() }
        let mean = draws.reduce(0, +) / Double(n)
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
        // Standard errors: 1/√n ≈ 0.003 for the mean, √(2/n) ≈ 0.0045 for the variance.
        #expect(abs(mean) < 0.02)
        #expect(abs(variance - 1) < 0.03)
    }

    @Test func boundedIntegersCoverTheRangeEvenly() {
        var random = DefaultRandom(seed: 3)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.nextInteger(through: 5)] += 1 }
        // Each face expects 10 000 hits; the standard deviation is about 91.
        #expect(counts.allSatisfy { abs($0 - 10_000) < 500 })
        #expect(random.nextInteger(through: 0) == 0)
    }

    /// The pipeline may hold its stream as `any RandomSource`; generators take it `inout`.
    /// The pipeline may hold its stream as `any RandomSource`. (With `random:` after
    /// omitted defaulted arguments, Swift 6.3.1 crashes compiling such a call; hence
    /// `random:` comes first in every generator.)
    @Test func anExistentialStreamCanBePassedInout() throws {
        var stream: any RandomSource = NumpyRandomState(seed: 42)
        let moons = try Dataset.moons(random: &stream, samples: 10, noise: 0.1)
        var concrete = NumpyRandomState(seed: 42)
        let expected = try Dataset.moons(random: &concrete, samples: 10, noise: 0.1)
        #expect(moons == expected)
        let next = stream.nextUniform()
        #expect(next == concrete.nextUniform())
        let spiral = try Dataset.spiral(random: &stream, classes: 2)
        let blobs = try Dataset.blobs(random: &stream, samples: 5)
        let circles = try Dataset.circles(random: &stream, noise: 0.1)
        #expect(spiral.sampleCount == 200 && blobs.sampleCount == 5 && circles.sampleCount == 100)
    }

    @Test func permutationIsAPermutation() {
        var random = DefaultRandom(seed: 4)
        let order = random.permutation(100)
        #expect(order.sorted() == Array(0..<100))
        #expect(order != Array(0..<100))
    }
}

