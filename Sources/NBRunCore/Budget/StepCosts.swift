import Foundation
import NeuralEngine
import NotebookKit

/// The cost of each kind of step, estimated from its options and what the run holds so
/// far (the data, the model). Steps that cost little in any case have no estimate.
///
/// The formulas (8 bytes per number):
/// - `{dataset}`: generated numbers × 8 bytes × 3 (the generated rows, the dataset,
///   a scaled or split copy); a CSV file: its size × 24 (each cell, at least one byte
///   with its separator, is read as text, then as a number);
/// - `{model}`: parameters × 8 bytes × 4 (parameters, initial copy, gradients, a workspace);
/// - `{train}`: parameters × 8 × 6 (adds optimizer moments and the best copy) + batch rows ×
///   layer widths × 8 × 2 (activations and their gradients) + epochs × 150 bytes (the loss
///   history, log and exported files, measured: 10⁸ epochs used 14.8 GB) + snapshots ×
///   parameters × 8; work: 6 × samples × parameters × epochs (backpropagation) or
///   4 × samples × parameters² × epochs (central differences), + 1000 per epoch;
/// - `{gradient check}`: 4 × samples × parameters² operations;
/// - `{plot boundary}`: resolution² × layer widths × 8 × 2 bytes per panel.
enum StepCosts {
    static func estimate<Options>(_ options: StepOptions<Options>, context: RunContext) -> StepEstimate? {
        if let options = options as? StepOptions<DatasetStep.Options> { return dataset(options, context) }
        if let options = options as? StepOptions<ModelStep.Options> { return model(options) }
        if let options = options as? StepOptions<TrainStep.Options> { return train(options, context) }
        if let options = options as? StepOptions<GradientCheckStep.Options> { return gradientCheck(options, context) }
        if let options = options as? StepOptions<PlotBoundaryStep.Options> { return boundary(options, context) }
        return nil
    }

    static func dataset(_ options: StepOptions<DatasetStep.Options>, _ context: RunContext) -> StepEstimate? {
        let oneHot = options[\.oneHot]
        let rows: Double
        var columns: Double
        let location: SourceLocation
        switch options[\.from] {
        case .xor, .inline:
            return nil
        case .moons, .circles:
            (rows, columns, location) = (Double(options[\.samples]), 3, options.keyLocation(\.samples))
        case .blobs:
            rows = Double(options[\.samples])
            columns = Double(options[\.features]) + 1 + (oneHot ? Double(options[\.centers]) : 0)
            location = options.has(\.samples) || !options.has(\.features) ? options.keyLocation(\.samples) : options.keyLocation(\.features)
        case .spiral:
            let classes = Double(options[\.classes])
            rows = Double(options[\.pointsPerClass]) * classes
            columns = 3 + (oneHot ? classes : 0)
            location = options.keyLocation(\.pointsPerClass)
        case .teacher:
            guard let layers = options[\.layers], let first = layers.first, let last = layers.last else { return nil }
            rows = Double(options[\.samples])
            columns = Double(first) + Double(last)
            let widths = layers.map(Double.init)
            let teacher = zip(widths, widths.dropFirst()).reduce(0.0) { $0 + $1.0 * $1.1 + $1.1 }
            let activations = rows * (widths.reduce(0, +))
            let bytes = doubles(rows * columns) * 3 + doubles(teacher) + doubles(activations)
            return StepEstimate(
                bytes: bytes, bytesFormula: "samples × (inputs + outputs) × 8 bytes × 3 + the teacher's parameters and activations",
                at: options.keyLocation(\.layers))
        case .csv:
            guard let written = options[\.path], let value = options.written(\.path),
                  let path = try? context.confinedPath(written, at: value),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? NSNumber else { return nil }
            return StepEstimate(
                bytes: size.doubleValue * 24, bytesFormula: "the file's \(ResourceBudget.size(size.doubleValue)) × 24",
                at: options.keyLocation(\.path))
        }
        return StepEstimate(
            bytes: doubles(rows * columns) * 3, bytesFormula: "\(Int(rows)) samples × \(Int(columns)) numbers × 8 bytes × 3",
            at: location)
    }

    /// Parameters of a layer list, in `Double` (no overflow), and the line of the largest layer.
    static func parameters(_ layers: [LayerSpec], _ locations: [SourceLocation]) -> (count: Double, widths: Double, largest: Int) {
        var count = 0.0
        var widths = 0.0
        var largest = (index: 0, count: -1.0)
        for (index, layer) in layers.enumerated() {
            guard let (inputs, outputs) = layer.denseSizes else { continue }
            let layerCount = Double(inputs) * Double(outputs) + Double(outputs)
            count += layerCount
            widths += Double(inputs) + Double(outputs)
            if layerCount > largest.count { largest = (index, layerCount) }
        }
        return (count, widths, largest.index)
    }

    static func model(_ options: StepOptions<ModelStep.Options>) -> StepEstimate? {
        guard let (layers, locations) = try? ModelStep.layers(options), !layers.isEmpty else { return nil }
        let (count, _, largest) = parameters(layers, locations)
        return StepEstimate(
            bytes: doubles(count) * 4, bytesFormula: "\(String(format: "%.3g", count)) parameters × 8 bytes × 4",
            at: locations[largest])
    }

    static func train(_ options: StepOptions<TrainStep.Options>, _ context: RunContext) -> StepEstimate? {
        guard let data = context.data, let model = context.model else { return nil }
        let samples = Double(data.train.x.rows)
        let (count, widths, _) = parameters(model.network.spec.layers, [])
        let epochs = Double(options[\.epochs])
        let batchRows: Double
        switch options[\.batch] {
        case .perSample: batchRows = 1
        case .full: batchRows = samples
        case .samples(let size): batchRows = min(Double(size), samples)
        }
        let snapshots = Double(options[\.snapshots]?.count ?? 0)
        let bytes = doubles(count) * 6 + doubles(batchRows * widths) * 2 + epochs * 150 + snapshots * doubles(count)
        let perEpoch: Double
        let workFormula: String
        switch options[\.gradients] {
        case .backprop:
            perEpoch = 6 * samples * count
            workFormula = "6 × \(Int(samples)) samples × \(String(format: "%.3g", count)) parameters × \(Int(epochs)) epochs"
        case .finiteDifferences:
            perEpoch = 4 * samples * count * count
            workFormula = "4 × \(Int(samples)) samples × \(String(format: "%.3g", count)) parameters² × \(Int(epochs)) epochs"
        }
        return StepEstimate(
            bytes: bytes,
            bytesFormula: "parameters × 8 bytes × 6 + batch × layer widths × 16 bytes + \(Int(epochs)) epochs × 150 bytes",
            operations: (perEpoch + 1000) * epochs, operationsFormula: workFormula,
            at: options.keyLocation(\.epochs))
    }

    static func gradientCheck(_ options: StepOptions<GradientCheckStep.Options>, _ context: RunContext) -> StepEstimate? {
        guard let data = context.data, let model = context.model else { return nil }
        let samples = Double(data.train.x.rows)
        let count = Double(model.network.parameterCount)
        return StepEstimate(
            operations: 4 * samples * count * count,
            operationsFormula: "4 × \(Int(samples)) samples × \(model.network.parameterCount) parameters²",
            at: options.step.nameLocation)
    }

    static func boundary(_ options: StepOptions<PlotBoundaryStep.Options>, _ context: RunContext) -> StepEstimate? {
        guard let model = context.model else { return nil }
        let (count, widths, _) = parameters(model.network.spec.layers, [])
        let points = Double(options[\.resolution]) * Double(options[\.resolution])
        let panels = Double(max(1, options[\.epochs]?.count ?? 1))
        return StepEstimate(
            bytes: doubles(points * widths) * 2 * panels, bytesFormula: "resolution² × layer widths × 16 bytes × panels",
            operations: 2 * points * count * panels, operationsFormula: "2 × resolution² × parameters × panels",
            at: options.keyLocation(\.resolution))
    }
}
