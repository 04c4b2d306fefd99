@testable import NeuralEngine

/// Runs one layer on a batch outside any training: its forward pass on `x`, then its
/// backward pass from a given `∂E/∂Y`, through the same workspace and ``Layer`` calls the
/// trainer uses.
struct LayerHarness {
    var y: [Double]
    var dx: [Double]
    var gradient: [Double]

    init(_ layer: LayerSpec, input: FeatureShape, rows: Int, x: [Double], parameters: [Double] = [],
         outputGradient dy: [Double], training: Bool = false, random: inout some RandomSource) throws {
        let network = try Network(spec: NetworkSpec(layers: [layer], inputShape: input), parameters: parameters)
        let workspace = BatchWorkspace(network: network, capacity: rows, targetWidth: network.outputCount)
        workspace.load(inputs: Matrix(rows: rows, columns: input.count, elements: x), targets: nil, rows: 0..<rows)
        var gradient = Array(repeating: 0.0, count: parameters.count)
        let outputCount = rows * network.outputCount
        precondition(dy.count == outputCount, "∂E/∂Y of the wrong size")
        parameters.withUnsafeBufferPointer { p in
            let base = p.baseAddress ?? UnsafePointer(workspace.values.baseAddress!)
            if training { workspace.drawTrainingNoise(random: &random) }
            workspace.forward(parameters: base, training: training)
            let dyPointer = workspace.deltas.baseAddress! + workspace.offsets[1]
            for i in 0..<outputCount { dyPointer[i] = dy[i] }
            gradient.withUnsafeMutableBufferPointer { g in
                workspace.layers[0].backward(
                    workspace.pass(0, parameters: base, buffer: workspace.values.baseAddress!),
                    outputGradient: UnsafePointer(dyPointer), inputGradient: workspace.deltas.baseAddress!,
                    gradient: g.baseAddress ?? workspace.deltas.baseAddress!)
            }
        }
        y = Array(workspace.values[workspace.offsets[1]..<(workspace.offsets[1] + outputCount)])
        dx = Array(workspace.deltas[0..<(rows * input.count)])
        self.gradient = gradient
    }

    init(_ layer: LayerSpec, input: FeatureShape, rows: Int, x: [Double], parameters: [Double] = [],
         outputGradient dy: [Double]) throws {
        var none = TestRandomSource(seed: 0)
        try self.init(layer, input: input, rows: rows, x: x, parameters: parameters, outputGradient: dy, random: &none)
    }
}

/// The largest `|a − b|` over two arrays of the same length.
func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "\(a.count) values against \(b.count)")
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
