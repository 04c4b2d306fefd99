import Foundation
import Testing
@testable import NeuralEngine

/// Seed 003 ("Understanding the implementation of Neural Networks from scratch in detail"),
/// reproduced number for number. The seed keeps samples in COLUMNS (features × samples);
/// our rows are samples, so every matrix below is the transpose of the printed one
/// (weight matrices already use our `inputs × outputs` shape and are compared as printed).
/// Expected numbers are copied from the seed's outputs, compared to the digits printed.
@Suite struct Seed003Tests {
    /// Weights drawn by numpy after `np.random.seed(42)`: Fixtures/seed003_weights.py writes them.
    struct Fixture: Decodable {
        struct Weights: Decodable {
            var weights_input_hidden: [[Double]]
            var weights_hidden_output: [[Double]]
        }
        var walkthrough: Weights
        var training: Weights
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seed003_weights.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    /// In [5]–[7]: three samples of four features, targets 1, 1, 0 (rows = samples).
    static let inputs = Matrix([[1, 0, 0, 0], [1, 0, 1, 1], [0, 1, 0, 1]])
    static let targets = Matrix([[1], [1], [0]])

    /// 4 → 3 sigmoid → 1 sigmoid, no biases, weights given literally.
    static func network(_ weights: Fixture.Weights) throws -> Network {
        let spec = NetworkSpec(layers: [
            .dense(inputs: 4, outputs: 3, bias: .none, weightInit: .literal(Matrix(weights.weights_input_hidden))),
            .activation(.sigmoid),
            .dense(inputs: 3, outputs: 1, bias: .none, weightInit: .literal(Matrix(weights.weights_hidden_output))),
            .activation(.sigmoid),
        ])
        var unused = TestRandomSource(seed: 0)
        return try Network(spec: spec, random: &unused)
    }

    /// Every element of `actual` rounded to `digits` decimals equals `printed`.
    func expectPrinted(_ actual: Matrix?, _ printed: [[Double]], digits: Int, _ what: String) {
        guard let actual else { Issue.record("\(what) missing from the trace"); return }
        #expect(actual.nestedRows.map { $0.map { rounded($0, digits) } } == printed, "\(what): \(actual.nestedRows)")
    }

    @Test func initialWeightsAreNumpysSeed42Draws() throws {
        let network = try Self.network(Self.fixture.walkthrough)
        // Out[37] and Out[36].
        expectPrinted(network.weights(layer: 0), [
            [0.37454012, 0.95071431, 0.73199394], [0.59865848, 0.15601864, 0.15599452],
            [0.05808361, 0.86617615, 0.60111501], [0.70807258, 0.02058449, 0.96990985],
        ], digits: 8, "W1")
        expectPrinted(network.weights(layer: 1), [[0.83244264], [0.21233911], [0.18182497]], digits: 8, "W2")
    }

    @Test func onePassMatchesEveryPrintedIntermediate() throws {
        let network = try Self.network(Self.fixture.walkthrough)
        let trace = network.trace(x: Self.inputs, y: Self.targets, loss: .halfSquaredError, reduction: .sum)
        // Out[13]: hidden linear transform and activations (printed 3 hidden × 3 samples; transposed here).
        expectPrinted(trace.entry("Z1")?.value.transposed, [
            [0.37454012, 1.14069631, 1.30673106], [0.95071431, 1.83747495, 0.17660313], [0.73199394, 2.30301881, 1.12590437],
        ], digits: 8, "Z1")
        expectPrinted(trace.entry("A1")?.value.transposed, [
            [0.59255557, 0.75780746, 0.78696563], [0.72125881, 0.8626498, 0.54403639], [0.67524268, 0.90912675, 0.75508227],
        ], digits: 8, "A1")
        // Out[15]: output; Out[16]: error ½(y − ŷ)² per sample.
        expectPrinted(trace.entry("A2")?.value.transposed, [[0.68334694, 0.72697078, 0.71257368]], digits: 8, "A2")
        expectPrinted(trace.entry("E")?.value.transposed, [[0.05013458, 0.03727248, 0.25388062]], digits: 8, "E")
        // Out[18]: error_wrt_output = −(y − output); Out[19]: output(1 − output).
        expectPrinted(trace.entry("∂E/∂A2")?.value.transposed, [[-0.31665306, -0.27302922, 0.71257368]], digits: 8, "∂E/∂A2")
        expectPrinted(trace.entry("f′(Z2)")?.value.transposed, [[0.2163839, 0.19848426, 0.20481243]], digits: 8, "f′(Z2)")
        // Out[29]: hidden sigmoid derivatives. The OCR'd text reads 0.24806008 for row 2, column 3;
        // numpy prints 0.2480608 there (the seed's own A1 value 0.54403639 gives 0.54403639·0.45596361 = 0.24806080).
        expectPrinted(trace.entry("f′(Z1)")?.value.transposed, [
            [0.24143347, 0.18353531, 0.16765073], [0.20104454, 0.11848512, 0.2480608], [0.21929, 0.08261531, 0.18493303],
        ], digits: 8, "f′(Z1)")
        // Out[34]: ∂E/∂W1 (4 × 3, same shape in both layouts).
        expectPrinted(trace.entry("∂E/∂W1")?.value, [
            [-0.02205044, -0.00428845, -0.00354605], [0.02036788, 0.00768731, 0.00490743],
            [-0.0082796, -0.00136342, -0.00081405], [0.01208828, 0.00632389, 0.00409338],
        ], digits: 8, "∂E/∂W1")
        #expect(trace.entry("∂E/∂W2")?.shape == "3×1")  // Out[24]
        // The printed average of the error, 0.11376256 = mean of Out[16].
        #expect(rounded(trace.loss, 8) == 0.11376256)

        // Out[39] and Out[40]: one gradient-descent step with lr = 0.01.
        var updated = network
        updated.descend(along: trace.gradient, learningRate: 0.01)
        expectPrinted(updated.weights(layer: 1), [[0.83211079], [0.21250681], [0.18167831]], digits: 8, "W2 after one step")
        expectPrinted(updated.weights(layer: 0), [
            [0.37476062, 0.95075719, 0.7320294], [0.59845481, 0.15594177, 0.15594545],
            [0.05816641, 0.86618978, 0.60112315], [0.70795169, 0.02052126, 0.96986892],
        ], digits: 8, "W1 after one step")
    }

    @Test func thousandEpochRunMatchesThePrintedErrorsAndWeights() throws {
        // In [41]–[42]: the NEXT draws of the stream, full batch, lr 0.1, 1000 epochs.
        var network = try Self.network(Self.fixture.training)
        var options = TrainingOptions(epochs: 999, loss: .halfSquaredError, optimizer: .sgd(learningRate: 0.1),
                                      reduction: .sum, batching: .fullBatch, epochLoss: .duringEpoch, logEvery: 100)
        let first = try Trainer(options: options).train(&network, inputs: Self.inputs, targets: Self.targets)
        // "Error at epoch 0 is 0.11553" … "Error at epoch 900 is 0.01190" (the seed counts epochs from 0).
        #expect(first.log.map(\.epoch) == [1, 101, 201, 301, 401, 501, 601, 701, 801, 901])
        #expect(first.log.map { rounded($0.loss, 5) } == [
            0.11553, 0.11082, 0.10606, 0.09845, 0.08483, 0.06396, 0.04206, 0.02641, 0.01719, 0.01190,
        ])
        #expect(first.log.allSatisfy { $0.accuracy == nil })
        #expect(first.updates == 999)
        // Out[46] is the output computed during the last epoch, before its update.
        expectPrinted(network.predict(Self.inputs).transposed, [[0.9155779, 0.89643511, 0.18608711]], digits: 8, "Out[46]")
        // The last epoch's update gives Out[43] and Out[44].
        options.epochs = 1
        _ = try Trainer(options: options).train(&network, inputs: Self.inputs, targets: Self.targets)
        expectPrinted(network.weights(layer: 0), [
            [1.25679149, 1.72312858, -0.27336634], [-1.07615756, -1.73777864, 1.42316207],
            [0.63053865, 0.88090942, -0.03448117], [-0.56098781, -0.65506704, 0.61013995],
        ], digits: 8, "Out[43]")
        expectPrinted(network.weights(layer: 1), [[1.45176252], [2.59109536], [-2.18347501]], digits: 8, "Out[44]")
    }
}
