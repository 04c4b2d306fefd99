import Foundation
import Testing
@testable import NeuralEngine

@Suite struct NetworkTraceTests {
    @Test func entriesComeInComputationOrderWithShapes() throws {
        let spec = NetworkSpec(layers: [
            .dense(inputs: 2, outputs: 3), .activation(.relu), .dense(inputs: 3, outputs: 4, bias: .shared), .activation(.softmax),
        ], weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -1, high: 1))
        var random = TestRandomSource(seed: 12)
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(5, 2, -1, 1, &random)
        let y = Matrix(rows: 5, columns: 1, elements: [0, 3, 2, 1, 0])
        let trace = network.trace(x: x, y: y, loss: .crossEntropy)
        #expect(trace.entries.map(\.symbol) == [
            "X", "Z1", "A1", "A1", "Z2", "A2", "E", "∂E/∂A2",
            "∂E/∂Z2", "∂E/∂W2", "∂E/∂b2", "∂E/∂A1", "f′(Z1)", "∂E/∂Z1", "∂E/∂W1", "∂E/∂b1",
        ])
        #expect(trace.entries.map(\.shape) == [
            "5×2", "5×3", "5×3", "5×3", "5×4", "5×4", "5×1", "5×4",
            "5×4", "3×4", "1×1", "5×3", "5×3", "5×3", "2×3", "1×3",
        ])
        #expect(trace.entries.map(\.layerIndex) == [0, 0, 1, 2, 2, 3, nil, nil, 3, 2, 2, 2, 1, 1, 0, 0])
        // The trace's gradient is the network's gradient, and its loss the mean of E.
        let direct = network.gradient(inputs: x, targets: y, loss: .crossEntropy)
        #expect(trace.gradient == direct.gradient)
        #expect(abs(trace.loss - trace.entry("E")!.value.elements.reduce(0, +) / 5) < 1e-15)
        // The fused route: ∂E/∂Z2 = (ŷ − one-hot)/n.
        let output = trace.entry("A2")!.value, dz = trace.entry("∂E/∂Z2")!.value
        #expect(abs(dz[1, 3] - (output[1, 3] - 1) / 5) < 1e-15 && abs(dz[1, 0] - output[1, 0] / 5) < 1e-15)
    }

    @Test func oneDescentStepUsesTheTracedGradient() throws {
        let spec = NetworkSpec(layers: [.dense(inputs: 1, outputs: 1, weightInit: .constant(2), biasInit: .constant(0))])
        let network = try Network(spec: spec)
        #expect(!spec.drawsRandomNumbers)
        // E = (2·3 − 5)² = 1, ∂E/∂w = 2·(6 − 5)·3 = 6, ∂E/∂b = 2.
        let trace = network.trace(x: Matrix([[3]]), y: Matrix([[5]]), loss: .meanSquaredError)
        #expect(trace.gradient == [6, 2])
        var stepped = network
        stepped.descend(along: trace.gradient, learningRate: 0.1)
        #expect(stepped.parameters == [2 - 0.6, -0.2])
        #expect(network.replacingParameters([1, 1]).predict(Matrix([[3]])) == Matrix([[4]]))
    }
}
