import Testing
@testable import NeuralEngine

/// Backpropagation through the new layers against central differences
/// `(L(θ + h) − L(θ − h)) / 2h`, for many random shapes.
@Suite struct LayerGradientTests {
    /// A random conv2d → tanh → (maxpool) → flatten → dense network on random data.
    static func convolutionCase(seed: UInt64) throws -> (Network, Matrix, Matrix) {
        var random = TestRandomSource(seed: seed)
        func pick(_ range: ClosedRange<Int>) -> Int { range.lowerBound + random.nextInteger(through: range.count - 1) }
        let shape = FeatureShape(channels: pick(1...3), height: pick(3...7), width: pick(3...7))
        let padding = pick(0...1)
        let kernel = pick(1...min(3, min(shape.height, shape.width) + 2 * padding))
        var layers: [LayerSpec] = [.conv2d(filters: pick(1...3), kernel: kernel, stride: pick(1...2), padding: padding),
                                   .activation(.tanh)]
        let convOut = try NetworkSpec(layers: layers, inputShape: shape).placements().last!.output
        if min(convOut.height, convOut.width) >= 2 { layers.append(.maxpool(size: 2, stride: pick(1...2))) }
        layers.append(.flatten)
        let flat = try NetworkSpec(layers: layers, inputShape: shape).placements().last!.output.count
        layers += [.dense(inputs: flat, outputs: 3), .activation(.softmax)]
        let spec = NetworkSpec(layers: layers, weightInit: .normal(mean: 0, standardDeviation: 0.5),
                               biasInit: .uniform(low: -0.2, high: 0.2), inputShape: shape)
        let network = try Network(spec: spec, random: &random)
        let rows = pick(1...4)
        let x = randomMatrix(rows, shape.count, -1, 1, &random)
        let y = Matrix(rows: rows, columns: 1, elements: (0..<rows).map { Double($0 % 3) })
        return (network, x, y)
    }

    @Test(arguments: 1...16 as ClosedRange<UInt64>)
    func convolutionNetworksPassTheGradientCheck(seed: UInt64) throws {
        let (network, x, y) = try Self.convolutionCase(seed: seed)
        let report = try GradientCheck(loss: .crossEntropy).run(on: network, inputs: x, targets: y)
        #expect(report.passed, "\(network.summary.map(\.description)): largest error \(report.maximumError)")
        #expect(report.layers.map(\.name) == ["W1", "W2"])
    }

    /// In a training pass the mask stays fixed for backward and central differences, so the
    /// two gradients agree, and the dropped units pass no gradient to the weights behind them.
    @Test func dropoutGradientUsesTheSameMask() throws {
        var random = TestRandomSource(seed: 4)
        let spec = NetworkSpec(layers: [.dense(inputs: 4, outputs: 6), .activation(.tanh), .dropout(rate: 0.5),
                                        .dense(inputs: 6, outputs: 2)],
                               weightInit: .normal(mean: 0, standardDeviation: 0.7), biasInit: .uniform(low: -0.3, high: 0.3))
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(5, 4, -1, 1, &random), y = randomMatrix(5, 2, -1, 1, &random)
        let workspace = BatchWorkspace(network: network, capacity: 5, targetWidth: 2)
        workspace.load(inputs: x, targets: y, rows: 0..<5)
        var analytic = Array(repeating: 0.0, count: network.parameterCount)
        var numeric = analytic
        network.parameters.withUnsafeBufferPointer { p in
            workspace.drawTrainingNoise(random: &random)
            workspace.forward(parameters: p.baseAddress!, training: true)
            analytic.withUnsafeMutableBufferPointer { g in
                workspace.backward(parameters: p.baseAddress!, loss: .meanSquaredError, reduction: .mean,
                                   fuseSoftmaxCrossEntropy: true, gradient: g.baseAddress!)
            }
            numeric.withUnsafeMutableBufferPointer { g in
                _ = workspace.centralDifferences(parameters: p.baseAddress!, loss: .meanSquaredError, reduction: .mean,
                                                 step: 1e-5, gradient: g.baseAddress!, parameterCount: p.count)
            }
        }
        let report = GradientCheck(loss: .meanSquaredError).compare(
            analytic: analytic, numeric: numeric, layout: network.parameterisedLayers, floor: 1e-8)
        #expect(report.passed, "largest error \(report.maximumError)")
        // A hidden unit dropped for every sample gets no gradient into its column of W2 (rows of W2 = hidden units).
        let mask = Array(workspace.layerScratch[0..<(5 * 6)])
        for unit in 0..<6 where (0..<5).allSatisfy({ mask[$0 * 6 + unit] == 0 }) {
            let w2 = network.placements[3].parameterOffset
            #expect((0..<2).allSatisfy { analytic[w2 + unit * 2 + $0] == 0 })
        }
        #expect(mask.contains(0) && mask.contains(2))  // rate 0.5: kept values are doubled
    }

    /// Output shapes follow ⌊(H + 2P − K)/S⌋ + 1; a kernel larger than the padded input is a
    /// located model error.
    @Test func shapesAndShapeErrors() throws {
        let spec = NetworkSpec(layers: [.conv2d(filters: 8, kernel: 3), .activation(.relu), .maxpool(size: 2), .flatten,
                                        .dense(inputs: 72, outputs: 10), .activation(.softmax)],
                               inputShape: FeatureShape(channels: 1, height: 8, width: 8))
        let network = try Network(spec: spec, parameters: Array(repeating: 0, count: 8 * 9 + 8 + 72 * 10 + 10))
        #expect(network.summary.map(\.outputShape.description) == ["8×6×6", "8×6×6", "8×3×3", "72", "10", "10"])
        #expect(network.parameterBlocks.map(\.name) == ["W1", "b1", "W2", "b2"])
        #expect(network.summary[0].description == "conv2d 8 filters 3×3: 1×8×8 → 8×6×6")
        let tooBig = NetworkSpec(layers: [.conv2d(filters: 2, kernel: 5)], inputShape: FeatureShape(channels: 1, height: 4, width: 4))
        #expect(throws: NetworkSpecError(layerIndex: 0, kind: .unfit("a 5×5 kernel does not fit an input of shape 1×4×4 with padding 0"))) {
            try tooBig.validate()
        }
        #expect(throws: NetworkSpecError(layerIndex: 0, kind: .inputShapeUnknown(kind: "conv2d"))) {
            try NetworkSpec(layers: [.conv2d(filters: 2, kernel: 3)]).validate()
        }
        #expect(NetworkSpecError(layerIndex: 0, kind: .inputShapeUnknown(kind: "conv2d")).description
            == "layer 1: a conv2d layer cannot come first without the input's shape (give the data a shape, e.g. 1×8×8)")
    }

    /// An export of a convolutional network with dropout rebuilds the same network.
    @Test func convolutionalExportRoundTrips() throws {
        let (network, x, _) = try Self.convolutionCase(seed: 3)
        var layers = network.spec.layers
        layers.insert(.dropout(rate: 0.25), at: layers.count - 2)
        let withDropout = try Network(spec: NetworkSpec(layers: layers, inputShape: network.spec.inputShape),
                                      parameters: network.parameters)
        let rebuilt = try ParameterExport.decode(ParameterExport(network: withDropout).jsonData()).makeNetwork()
        #expect(rebuilt.spec.layers == withDropout.spec.layers)
        #expect(rebuilt.summary == withDropout.summary)
        #expect(rebuilt.predict(x) == withDropout.predict(x))
        #expect(withDropout.predict(x) == network.predict(x))  // dropout does nothing in prediction
    }
}
