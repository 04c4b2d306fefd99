import Foundation
import Testing
@testable import NBRunCore

/// What each bundled lesson must achieve, read from the reports and exports rendered
/// in process by this build (the same files as output/, which CommittedReportsTests
/// compares byte for byte).
@Suite(.serialized) struct LessonOutcomeTests {
    var directory: String { CommittedReportsTests.rendered.directory }

    func export(_ lesson: String, _ index: Int) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(lesson)/training-\(index).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func report(_ lesson: String) -> String {
        contents("\(directory)/\(lesson).html")
    }

    /// The loss per epoch of training `index` of `lesson`.
    func losses(_ lesson: String, _ index: Int) throws -> [Double] {
        let history = try #require(try export(lesson, index)["history"] as? [String: Any])
        return try #require(history["losses"] as? [Double])
    }

    /// Every "training accuracy" the report's result cards show, in order, as fractions.
    func trainingAccuracies(_ lesson: String) -> [Double] {
        report(lesson).components(separatedBy: "<dt>training accuracy</dt><dd>").dropFirst().compactMap { rest in
            Double(rest.prefix { $0 != "%" }).map { $0 / 100 }
        }
    }

    @Test func xorPredictionsAreAllCorrect() throws {
        try #require(CommittedReportsTests.rendered.status == 0)
        #expect(report("xor").contains("4 of 4 correct (100.0%)."))
        #expect(try losses("xor", 1).count == 1000)
    }

    /// Seed 003 prints these (Out[13], [15], [16], [18], [19], [34], [39], [40], then the
    /// error every 100 epochs and Out[43], [44]); the lesson's tables show the same digits.
    @Test(arguments: [
        "0.37454012", "1.14069631", "0.59255557", "0.90912675", "0.68334694", "0.72697078", "0.71257368",
        "0.05013458", "0.03727248", "0.25388062", "0.31665306", "0.2163839", "0.24143347",
        "0.02205044", "0.02036788", "0.00409338", "0.83211079", "0.21250681", "0.18167831",
        "0.37476062", "0.95075719", "0.96986892",
        "1.25679149", "1.72312858", "0.27336634", "1.45176252", "2.59109536", "2.18347501",
    ])
    func backpropByHandShowsTheSeedsNumbers(_ printed: String) throws {
        try #require(CommittedReportsTests.rendered.status == 0)
        #expect(report("backprop-by-hand").contains(printed), "seed 003 prints \(printed)")
    }

    /// Seed 003's "Error at epoch 0, 100, …, 900" (it counts epochs from 0, so its epoch e is index e here).
    @Test func backpropByHandTrainsLikeTheSeed() throws {
        try #require(CommittedReportsTests.rendered.status == 0)
        let losses = try losses("backprop-by-hand", 1)
        let printed = [0.11553, 0.11082, 0.10606, 0.09845, 0.08483, 0.06396, 0.04206, 0.02641, 0.01719, 0.01190]
        for (index, value) in printed.enumerated() {
            #expect(abs(losses[index * 100] - value) <= 5e-6, "seed 003: Error at epoch \(index * 100) is \(value)")
        }
    }

    @Test func moonsReachesNinetyNinePercent() throws {
        try #require(CommittedReportsTests.rendered.status == 0)
        // The seed's own network (no biases) first: its plateau at exactly 0.25 (seed 003 prints 0.25000).
        let seedRun = try losses("moons", 1)
        #expect(abs(seedRun[0] - 0.23478) < 5e-6, "seed 003: Error at epoch 0 is 0.23478")
        #expect(abs(seedRun[1000] - 0.25) < 5e-6, "seed 003: Error at epoch 1000 is 0.25000")
        #expect(abs(seedRun[3000] - 0.25) < 5e-6, "seed 003: Error at epoch 3000 is 0.25000")
        #expect(abs(seedRun[4000] - 0.05129) < 5e-6, "seed 003: Error at epoch 4000 is 0.05129")
        // Then the same network with biases: the lesson's final result.
        let accuracies = trainingAccuracies("moons")
        #expect(accuracies.count == 2)
        #expect((accuracies.last ?? 0) >= 0.99)
    }

    @Test func spiralReachesNinetyPercent() throws {
        try #require(CommittedReportsTests.rendered.status == 0)
        let accuracies = trainingAccuracies("spiral")
        #expect(accuracies.count == 1)
        #expect((accuracies.last ?? 0) >= 0.90)
        #expect(report("spiral").contains("equals the combined form"))
    }

    @Test func numericalGradientReachesItsTargetAndChecksOut() throws {
        try #require(CommittedReportsTests.rendered.status == 0)
        let loss = try #require(try losses("numerical-gradient", 1).last)
        #expect(loss <= 1e-5, "seed 000 reached 7e-6")
        #expect(report("numerical-gradient").contains("Gradient check passed"))
        let backprop = try #require(try losses("numerical-gradient", 2).last)
        #expect(backprop <= 1e-5)
    }

    @Test func layersCanBeSetFromTheCommandLine() throws {
        let output = temporaryDirectory()
        let run = runNotebooks(["notebooks/numerical-gradient.md"], output: output) { $0.overrides = [("layers", "20,10,1")] }
        #expect(run.status == 0, "\(run.diagnostics)")
        let json = try Data(contentsOf: URL(fileURLWithPath: "\(output)/numerical-gradient/training-1.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        // 20×10 + 1 shared bias + 10×1 + 1 shared bias.
        #expect((object["parameters"] as? [Double])?.count == 212)
        let layers = try #require(object["layers"] as? [[String: Any]])
        #expect(layers.map { $0["inputs"] as? Int } == [20, 10])
        #expect(layers.map { $0["bias"] as? String } == ["shared", "shared"])
    }
}
