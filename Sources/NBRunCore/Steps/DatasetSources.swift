import Foundation
import NeuralEngine
import NotebookKit

/// The `{dataset}` sources that build or read something: a teacher network, inline
/// matrices, a CSV file (whose errors point into the file itself).
enum DatasetSources {
    static func teacher(_ options: StepOptions, _ context: inout RunContext) throws(Diagnostic) -> Dataset {
        guard let layers = try options.integerList("layers") else {
            throw .error("a teacher dataset needs 'layers', e.g. 'layers: 10, 5, 1'", at: options.keyLocation("from"))
        }
        guard layers.count >= 2 else {
            throw options.value("layers")!.error("a network needs at least two layer sizes (inputs and outputs)")
        }
        let bias = DatasetStep.biasMode(try options.choice("bias")!)
        guard case .uniform(let low, let high) = try InitializerSyntax.parse(options.value("inputs")!) else {
            throw options.value("inputs")!.error("teacher inputs are drawn with uniform(low, high)")
        }
        let weights = try InitializerSyntax.parse(options.value("weights")!)
        var spec: [LayerSpec] = []
        for index in 0..<(layers.count - 1) {
            spec.append(.dense(inputs: layers[index], outputs: layers[index + 1], bias: bias))
        }
        let samples = try options.integer("samples")!
        do {
            let teacher = try TeacherData.generate(
                spec: NetworkSpec(layers: spec, weightInit: weights, biasInit: weights),
                samples: samples, inputLow: low, inputHigh: high, random: &context.random)
            return Dataset(x: teacher.inputs, y: teacher.targets)
        } catch {
            throw options.value("layers")!.error(error.description)
        }
    }

    static func inline(_ options: StepOptions) throws(Diagnostic) -> Dataset {
        guard let xRows = try options.matrix("X") else {
            throw .error("inline data needs 'X', e.g. 'X: [[0, 1], [1, 0]]'", at: options.keyLocation("from"))
        }
        guard let yRows = try options.matrix("y") else {
            throw .error("inline data needs 'y', e.g. 'y: [1, 0]'", at: options.keyLocation("from"))
        }
        let x = Matrix(xRows)
        // A single row of targets means one target per sample.
        var y = Matrix(yRows)
        if y.rows == 1, y.columns == x.rows, x.rows > 1 { y = y.transposed }
        guard y.rows == x.rows else {
            throw options.value("y")!.error("y has \(y.rows) rows but X has \(x.rows): give one target row per sample")
        }
        if try options.boolean("classification")! {
            return try classified(x: x, y: y, value: options.value("y")!)
        }
        return Dataset.literal(x: x, y: y)
    }

    /// Data whose single target column holds class labels 0, 1, ….
    static func classified(x: Matrix, y: Matrix, value: OptionValue) throws(Diagnostic) -> Dataset {
        guard y.columns == 1 else {
            throw value.error("class labels must be one column, but y has \(y.columns)")
        }
        var largest = 0
        for label in y.elements {
            guard label >= 0, label.rounded() == label else {
                throw value.error("class labels must be whole numbers 0, 1, …; found \(label)")
            }
            largest = max(largest, Int(label))
        }
        return Dataset(x: x, y: y, classCount: largest + 1)
    }

    static func csv(_ options: StepOptions, _ context: RunContext) throws(Diagnostic) -> Dataset {
        guard let pathValue = options.value("path"), options.has("path") else {
            throw .error("a csv dataset needs 'path'", at: options.keyLocation("from"))
        }
        let path = context.resolve(pathValue.text.trimmed)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw pathValue.error("cannot read '\(pathValue.text.trimmed)' (looked for \(path))")
        }
        if let invalid = UTF8Check.firstError(in: data, path: path) {
            throw invalid.with(note: "while reading the {dataset} at \(options.step.location)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let header: CSVTable.HeaderMode
        switch try options.choice("header")! {
        case "true": header = .present
        case "false": header = .absent
        default: header = .automatic
        }
        var targets: [CSVColumn] = [.index(-1)]
        if let written = options.text("targets"), options.has("targets") {
            targets = written.split(separator: ",").map { part in
                let name = String(part).trimmed
                return Int(name).map(CSVColumn.index) ?? .name(name)
            }
        }
        let note = "while reading the {dataset} at \(options.step.location)"
        let classLabels = try options.boolean("classification") ?? false
        do throws(CSVError) {
            let table = try CSVTable.parse(text: text, header: header)
            return try table.dataset(targets: targets, classLabels: classLabels)
        } catch {
            // Point into the CSV file itself, so the caret shows the bad cell.
            if let position = error.position {
                throw .error(error.message, at: SourceLocation(path: path, line: position.line, column: position.column), notes: [note])
            }
            throw (options.has("targets") ? options.value("targets")! : pathValue).error(error.message).with(note: note)
        }
    }
}
