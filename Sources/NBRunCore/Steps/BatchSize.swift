import NeuralEngine
import NotebookKit

/// How many samples one update of `{train}` uses, as written: `per-sample`, `full`, or N.
public enum BatchSize: Sendable, Equatable {
    case perSample
    case full
    case samples(Int)

    /// The engine's batching for `samples` samples; a batch of all samples without
    /// shuffling is the full batch.
    func batching(samples: Int, shuffle: Bool) -> Batching {
        switch self {
        case .perSample: shuffle ? .miniBatch(size: 1, shuffle: true) : .perSample
        case .full: .fullBatch
        case .samples(let size): size >= samples && !shuffle ? .fullBatch : .miniBatch(size: size, shuffle: shuffle)
        }
    }
}

extension ValueSyntax where Value == BatchSize {
    /// `per-sample` (also `1`, `sample`, `online`), `full` (also `full-batch`, `all`), or a number of samples.
    public static var batch: ValueSyntax {
        ValueSyntax(documentation: "`per-sample`, `full` or a number of samples", written: { size in
            switch size {
            case .perSample: "per-sample"
            case .full: "full"
            case .samples(let count): String(count)
            }
        }) { value throws(Diagnostic) in
            let text = value.text.trimmed.lowercased()
            switch text {
            case "per-sample", "1", "sample", "online": return .perSample
            case "full", "full-batch", "all": return .full
            default:
                guard let size = Int(text), size >= 1 else {
                    throw value.error("batch is 'per-sample', 'full' or a number of samples, not '\(value.text.trimmed)'")
                }
                return .samples(size)
            }
        }
    }
}

extension ValueSyntax where Value == Double {
    /// A number ≥ 0.
    public static var nonNegativeNumber: ValueSyntax {
        ValueSyntax(documentation: "number ≥ 0", written: NumberText.notebook) { value throws(Diagnostic) in
            let number = try ValueParser.number(value)
            guard number >= 0 else { throw value.error("\(value.optionName) must not be negative") }
            return number
        }
    }
}
