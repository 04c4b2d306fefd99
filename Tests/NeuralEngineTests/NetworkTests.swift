import Foundation
import Testing
@testable import NeuralEngine

@Suite struct NetworkTests {
    static let spec = NetworkSpec(layers: [
        .dense(inputs: 4, outputs: 3), .activation(.sigmoid),
        .dense(inputs: 3, outputs: 2, bias: .shared), .activation(.softmax),
    ], weightInit: .uniform(low: 0, high: 1), biasInit: .uniform(low: -1, high: 1))

    @Test func layoutIsOneFlatVectorLayerAfterLayer() throws {
        var random = TestRandomSource(seed: 1)
        let network = try Network(spec: Self.spec, random: &random)
        // W1 4×3 at 0, b1 (3) at 12, W2 3×2 at 15, shared b2 (1) at 21: 22 parameters.
        #expect(network.parameterCount == 22)
        #expect(network.parameterBlocks == [
            ParameterBlock(name: "W1", layerIndex: 0, offset: 0, rows: 4, columns: 3),
            ParameterBlock(name: "b1", layerIndex: 0, offset: 12, rows: 1, columns: 3),
            ParameterBlock(name: "W2", layerIndex: 2, offset: 15, rows: 3, columns: 2),
            ParameterBlock(name: "b2", layerIndex: 2, offset: 21, rows: 1, columns: 1),
        ])
        #expect(network.inputCount == 4 && network.outputCount == 2)
        #expect(network.weights(layer: 1).elements == Array(network.parameters[15..<21]))
        #expect(network.bias(layer: 1) == [network.parameters[21]])
    }

    /// Per dense layer: weights row-major (inputs × outputs), then biases, from one stream
    /// (so numpy's `uniform(size=(4, 3))` fills W1 in the same order).
    @Test func drawOrderIsWeightsRowMajorThenBiasesPerLayer() throws {
        var random = TestRandomSource(seed: 9)
        let network = try Network(spec: Self.spec, random: &random)
        var replay = TestRandomSource(seed: 9)
        let w1 = (0..<12).map { _ in replay.uniform(0, 1) }
        let b1 = (0..<3).map { _ in replay.uniform(-1, 1) }
        let w2 = (0..<6).map { _ in replay.uniform(0, 1) }
        let b2 = [replay.uniform(-1, 1)]
        #expect(network.parameters == w1 + b1 + w2 + b2)
        #expect(network.weights(layer: 0)[1, 2] == w1[1 * 3 + 2])
    }

    @Test func perLayerInitializerOverridesTheModelDefault() throws {
        let spec = NetworkSpec(layers: [
            .dense(inputs: 2, outputs: 2, weightInit: .constant(3)), .dense(inputs: 2, outputs: 1, biasInit: .constant(-2)),
        ], weightInit: .constant(1), biasInit: .constant(0.5))
        var random = TestRandomSource(seed: 0)
        let network = try Network(spec: spec, random: &random)
        #expect(network.parameters == [3, 3, 3, 3, 0.5, 0.5, 1, 1, -2])
    }

    @Test func scaledNormalIsScaleTimesStandardNormal() throws {
        // Seed 002: 0.01 · randn(n_inputs, n_neurons), biases zero.
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 3)], weightInit: .scaledNormal(0.01), biasInit: .constant(0))
        var random = TestRandomSource(seed: 5)
        let network = try Network(spec: spec, random: &random)
        var replay = TestRandomSource(seed: 5)
        #expect(network.parameters == (0..<6).map { _ in 0.01 * replay.nextStandardNormal() } + [0, 0, 0])
    }

    @Test func glorotAndHeStayWithinTheirLimits() throws {
        var random = TestRandomSource(seed: 2)
        let xavier = try Network(spec: NetworkSpec(layers: [.dense(inputs: 20, outputs: 10)], weightInit: .xavierUniform), random: &random)
        let he = try Network(spec: NetworkSpec(layers: [.dense(inputs: 20, outputs: 10)], weightInit: .heUniform), random: &random)
        // √(6/30) and √(6/20).
        #expect(xavier.weights(layer: 0).elements.allSatisfy { abs($0) <= (6.0 / 30).squareRoot() })
        #expect(he.weights(layer: 0).elements.allSatisfy { abs($0) <= (6.0 / 20).squareRoot() })
        #expect(he.weights(layer: 0).elements.contains { abs($0) > (6.0 / 30).squareRoot() })
    }

    @Test func validationNamesTheLayer() {
        let mismatch = NetworkSpec(layers: [.dense(inputs: 2, outputs: 4), .activation(.tanh), .dense(inputs: 3, outputs: 1)])
        #expect(throws: NetworkSpecError(layerIndex: 2, kind: .inputMismatch(expected: 3, previousLayerIndex: 0, previousWidth: 4))) {
            try mismatch.validate()
        }
        #expect((try? mismatch.validate()) == nil)
        do { try mismatch.validate() } catch { #expect(error.description == "layer 3: expects 3 inputs but layer 1 gives 4") }

        #expect(throws: NetworkSpecError(layerIndex: nil, kind: .noLayers)) { try NetworkSpec(layers: []).validate() }
        #expect(throws: NetworkSpecError(layerIndex: 0, kind: .firstLayerNotDense)) {
            try NetworkSpec(layers: [.activation(.relu)]).validate()
        }
        #expect(throws: NetworkSpecError(layerIndex: 1, kind: .nonPositiveSize(inputs: 2, outputs: 0))) {
            try NetworkSpec(layers: [.dense(inputs: 1, outputs: 2), .dense(inputs: 2, outputs: 0)]).validate()
        }
        let badLiteral = NetworkSpec(layers: [.dense(inputs: 2, outputs: 2, weightInit: .literal(Matrix([[1, 2, 3]])))])
        do { try badLiteral.validate(); Issue.record("accepted a 1×3 literal for 2×2 weights") } catch {
            #expect(error.description == "layer 1: weights initialiser: expects 2×2 values, got 1×3")
        }
        #expect(throws: NetworkSpecError.self) {
            try NetworkSpec(layers: [.dense(inputs: 1, outputs: 1)], weightInit: .uniform(low: 1, high: 0)).validate()
        }
    }

    @Test func dataValidationReportsShapes() throws {
        var random = TestRandomSource(seed: 0)
        let network = try Network(spec: Self.spec, random: &random)
        #expect(throws: DataShapeError.inputWidth(expected: 4, columns: 3)) {
            try network.validate(inputs: Matrix(rows: 2, columns: 3), targets: Matrix(rows: 2, columns: 2), loss: .crossEntropy)
        }
        #expect(throws: DataShapeError.rowCountMismatch(inputs: 2, targets: 3)) {
            try network.validate(inputs: Matrix(rows: 2, columns: 4), targets: Matrix(rows: 3, columns: 2), loss: .crossEntropy)
        }
        #expect(throws: DataShapeError.badClassIndex(row: 1, value: 2, classes: 2)) {
            try network.validate(inputs: Matrix(rows: 2, columns: 4), targets: Matrix(rows: 2, columns: 1, elements: [1, 2]), loss: .crossEntropy)
        }
        #expect(throws: DataShapeError.targetWidth(expected: 2, columns: 1)) {
            try network.validate(inputs: Matrix(rows: 2, columns: 4), targets: Matrix(rows: 2, columns: 1), loss: .meanSquaredError)
        }
    }

    @Test func accuracyAndConfusionMatrix() throws {
        // Two inputs copied to two outputs: the predicted class is the larger input.
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 2, weightInit: .literal(Matrix([[1, 0], [0, 1]])))])
        var random = TestRandomSource(seed: 0)
        let network = try Network(spec: spec, random: &random)
        let x = Matrix([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.3, 0.7]])
        let y = Matrix(rows: 4, columns: 1, elements: [0, 1, 1, 1])
        #expect(network.predictedClasses(x) == [0, 1, 0, 1])
        #expect(network.accuracy(inputs: x, targets: y) == 0.75)
        #expect(network.confusionMatrix(inputs: x, targets: y).counts == [[1, 0], [1, 2]])
        // One output: class 1 when ŷ > 0.5.
        #expect(Network.accuracy(predictions: Matrix([[0.7], [0.2], [0.5]]), targets: Matrix([[1], [0], [1]])) == 2.0 / 3)
    }

    @Test func summaryListsEveryLayer() throws {
        var random = TestRandomSource(seed: 1)
        let network = try Network(spec: Self.spec, random: &random)
        #expect(network.summary == [
            LayerSummary(layerIndex: 0, description: "dense 4 → 3", kind: "dense", inputShape: .flat(4), outputShape: .flat(3),
                         parameterCount: 15, blocks: Array(network.parameterBlocks[0...1])),
            LayerSummary(layerIndex: 1, description: "sigmoid", kind: "activation", inputShape: .flat(3), outputShape: .flat(3),
                         parameterCount: 0),
            LayerSummary(layerIndex: 2, description: "dense 3 → 2 (one shared bias)", kind: "dense", inputShape: .flat(3),
                         outputShape: .flat(2), parameterCount: 7, blocks: Array(network.parameterBlocks[2...3]), sharedBias: true),
            LayerSummary(layerIndex: 3, description: "softmax", kind: "activation", inputShape: .flat(2), outputShape: .flat(2),
                         parameterCount: 0),
        ])
    }

    @Test(arguments: [Activation.identity, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.01), .softmax])
    func activationNamesRoundTrip(_ activation: Activation) {
        #expect(Activation(name: activation.name) == activation)
    }

    @Test func unknownActivationNamesAreNil() {
        #expect(Activation(name: "gelu") == nil)
        #expect(Activation(name: "leakyReLU(x)") == nil)
    }
}
