import Foundation
import Testing
@testable import NeuralEngine

@Suite struct ParameterExportTests {
    static let spec = NetworkSpec(layers: [
        .dense(inputs: 2, outputs: 2, weightInit: .literal(Matrix([[0.5, -1], [0.25, 2]])), biasInit: .literal(Matrix([[0.1, 0]]))),
        .activation(.leakyReLU(slope: 0.01)),
        .dense(inputs: 2, outputs: 1, bias: .shared, weightInit: .literal(Matrix([[1], [-0.5]])), biasInit: .constant(1e-7)),
    ])

    func network() throws -> Network {
        var random = TestRandomSource(seed: 0)
        return try Network(spec: Self.spec, random: &random)
    }

    /// The whole document, byte for byte: sorted keys, shortest round-trip numbers.
    @Test func jsonIsDeterministic() throws {
        let text = String(decoding: ParameterExport(network: try network()).jsonData(), as: UTF8.self)
        let expected = """
        {
          "blocks" : [
            {
              "columns" : 2,
              "layerIndex" : 0,
              "name" : "W1",
              "offset" : 0,
              "rows" : 2
            },
            {
              "columns" : 2,
              "layerIndex" : 0,
              "name" : "b1",
              "offset" : 4,
              "rows" : 1
            },
            {
              "columns" : 1,
              "layerIndex" : 2,
              "name" : "W2",
              "offset" : 6,
              "rows" : 2
            },
            {
              "columns" : 1,
              "layerIndex" : 2,
              "name" : "b2",
              "offset" : 8,
              "rows" : 1
            }
          ],
          "format" : "nbrun-parameters",
          "layers" : [
            {
              "bias" : "perNeuron",
              "inputs" : 2,
              "kind" : "dense",
              "outputs" : 2
            },
            {
              "activation" : "leakyReLU(0.01)",
              "kind" : "activation"
            },
            {
              "bias" : "shared",
              "inputs" : 2,
              "kind" : "dense",
              "outputs" : 1
            }
          ],
          "parameters" : [
            0.5,
            -1,
            0.25,
            2,
            0.1,
            0,
            1,
            -0.5,
            1e-07
          ],
          "version" : 1
        }

        """
        #expect(text == expected)
    }

    @Test func parametersAndHistoryRoundTrip() throws {
        var trained = try network()
        let options = TrainingOptions(epochs: 5, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1), logEvery: 2)
        let result = try Trainer(options: options).train(&trained, inputs: xorInputs, targets: xorTargets)
        let data = ParameterExport(network: trained, result: result).jsonData()
        var fresh = try network()
        try fresh.loadParameters(fromJSON: data)
        #expect(fresh.parameters == trained.parameters)
        let decoded = try ParameterExport.decode(data)
        #expect(decoded.history?.losses == result.losses)
        #expect(decoded.history?.log.map(\.epoch) == [1, 3, 5])
        #expect(decoded.history?.stopReason == "completed")
    }

    @Test func anExportRebuildsItsNetwork() throws {
        let original = try network()
        let rebuilt = try ParameterExport.decode(ParameterExport(network: original).jsonData()).makeNetwork()
        #expect(rebuilt.parameters == original.parameters)
        #expect(rebuilt.summary == original.summary)
        #expect(rebuilt.predict(xorInputs) == original.predict(xorInputs))
    }

    @Test func aDifferentLayoutIsRefused() throws {
        let data = ParameterExport(network: try network()).jsonData()
        var random = TestRandomSource(seed: 0)
        var other = try Network(spec: NetworkSpec(layers: [.dense(inputs: 2, outputs: 3), .dense(inputs: 3, outputs: 1)]),
                                random: &random)
        #expect(throws: ParameterLoadError.layoutMismatch(
            "block W1 is 2×2 at offset 0; the model expects W1 2×3 at offset 0")) {
            try other.loadParameters(fromJSON: data)
        }
        #expect(throws: ParameterLoadError.self) { try other.loadParameters(fromJSON: Data("{}".utf8)) }
    }

    @Test func historyCSV() throws {
        let result = TrainingResult(initialLoss: 0.5, losses: [0.25, 0.125], log: [EpochRecord(epoch: 1, loss: 0.25, accuracy: 0.75)],
                                    bestEpoch: 2, bestLoss: 0.125, stopReason: .completed, snapshots: [], forwardPasses: 3, updates: 2)
        #expect(result.csv() == "epoch,loss,accuracy\n0,0.5,\n1,0.25,0.75\n2,0.125,\n")
        var plain = result
        plain.log = []
        #expect(plain.csv() == "epoch,loss\n0,0.5\n1,0.25\n2,0.125\n")
    }
}
