import Foundation
import NeuralEngine
import NotebookKit

/// The `{dataset}` sources that build or read something: a teacher network, inline
/// matrices, a CSV file (whose errors point into the file itself).
enum DatasetSources {
    static func teacher(_ options: StepOptions<DatasetStep.Options>, _ context: inout RunContext) throws(Diagnostic) -> Dataset {
        guard let layers = options[\.layers] else {
            throw .error("a teacher dataset needs 'layers', e.g. 'layers: 10, 5, 1'", at: options.keyLocation(\.from))
        }
        guard layers.count >= 2 else {
            throw options.error("a network needs at least two layer sizes (inputs and outputs)", about: \.layers)
        }
        let bias = options[\.bias].mode
        guard case .uniform(let low, let high) = options[\.inputs] else {
            throw options.error("teacher inputs are drawn with uniform(low, high)", about: \.inputs)
        }
        let weights = options[\.weights]
        var spec: [LayerSpec] = []
        for index in 0..<(layers.count - 1) {
            spec.append(.dense(inputs: layers[index], outputs: layers[index + 1], bias: bias))
        }
        do {
            let teacher = try TeacherData.generate(
                spec: NetworkSpec(layers: spec, weightInit: weights, biasInit: weights),
                samples: options[\.samples], inputLow: low, inputHigh: high, random: &context.random)
            return Dataset(x: teacher.inputs, y: teacher.targets)
        } catch {
            throw options.error(error.description, about: \.layers)
        }
    }

    static func inline(_ options: StepOptions<DatasetStep.Options>) throws(Diagnostic) -> Dataset {
        guard let xRows = options[\.x] else {
            throw .error("inline data needs 'X', e.g. 'X: [[0, 1], [1, 0]]'", at: options.keyLocation(\.from))
        }
        guard let yRows = options[\.y], let yValue = options.written(\.y) else {
            throw .error("inline data needs 'y', e.g. 'y: [1, 0]'", at: options.keyLocation(\.from))
        }
        let x = Matrix(xRows)
        // A single row of targets means one target per sample.
        var y = Matrix(yRows)
        if y.rows == 1, y.columns == x.rows, x.rows > 1 { y = y.transposed }
        guard y.rows == x.rows else {
            throw yValue.error("y has \(y.rows) rows but X has \(x.rows): give one target row per sample")
        }
        if options[\.classification] {
            return try classified(x: x, y: y, value: yValue)
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

    static func csv(_ options: StepOptions<DatasetStep.Options>, _ context: RunContext) throws(Diagnostic) -> Dataset {
        guard let written = options[\.path], let pathValue = options.written(\.path) else {
            throw .error("a csv dataset needs 'path'", at: options.keyLocation(\.from))
        }
        let path = context.resolve(written)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw pathValue.error("cannot read '\(written)' (looked for \(path))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw pathValue.error("'\(written)' is not UTF-8 text")
        }
        let note = "while reading the {dataset} at \(options.step.location)"
        do throws(CSVError) {
            let table = try CSVTable.parse(text: text, header: options[\.header].mode)
            return try table.dataset(targets: options[\.targets], classLabels: options[\.classification])
        } catch {
            // Point into the CSV file itself, so the caret shows the bad cell.
            if let position = error.position {
                throw .error(error.message, at: SourceLocation(path: path, line: position.line, column: position.column), notes: [note])
            }
            throw (options.written(\.targets) ?? pathValue).error(error.message).with(note: note)
        }
    }
}

extension ValueSyntax where Value == [CSVColumn] {
    /// CSV columns by header name or 0-based index (`-1` is the last), comma-separated.
    public static var csvColumns: ValueSyntax {
        ValueSyntax(documentation: "text", written: { columns in
            columns.map { column in
                switch column {
                case .index(let index): String(index)
                case .name(let name): name
                }
            }.joined(separator: ", ")
        }) { value throws(Diagnostic) in
            value.text.split(separator: ",").map { part in
                let name = String(part).trimmed
                return Int(name).map(CSVColumn.index) ?? .name(name)
            }
        }
    }
}
