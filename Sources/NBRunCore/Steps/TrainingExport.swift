import Foundation
import NeuralEngine

/// The files a `{train}` step writes beside the report: the trained parameters
/// with their layout and history as JSON (readable back by `{load}`), and the
/// loss history as CSV. Written by hand, not JSONEncoder, so key order and number
/// formatting are fixed and the files are byte-identical between runs.
struct TrainingExport {
    var record: TrainingRecord
    var network: Network

    func json() -> String {
        var lines: [String] = ["{"]
        lines.append("  \"format\": \"nbrun-parameters-1\",")
        lines.append("  \"label\": \(quoted(record.label)),")
        lines.append("  \"model\": [\(network.spec.layers.map { quoted(LayerSyntax.line(for: $0)) }.joined(separator: ", "))],")
        lines.append("  \"layers\": [")
        let layers = network.denseLayers.map { layer in
            "    {\"inputs\": \(layer.inputs), \"outputs\": \(layer.outputs), \"bias\": \(quoted(biasName(layer.bias))), \"weightOffset\": \(layer.weightOffset), \"biasOffset\": \(layer.biasOffset)}"
        }
        lines.append(layers.joined(separator: ",\n"))
        lines.append("  ],")
        lines.append("  \"parameters\": [\(network.parameters.map(number).joined(separator: ", "))],")
        lines.append("  \"epochs\": \(record.result.epochsRun),")
        lines.append("  \"finalLoss\": \(record.result.losses.last.map(number) ?? "null"),")
        lines.append("  \"trainingAccuracy\": \(record.finalAccuracy.map(number) ?? "null"),")
        lines.append("  \"loss\": [\(record.result.losses.map(number).joined(separator: ", "))]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    func historyCSV() -> String {
        var text = "epoch,loss\n"
        for (index, loss) in record.result.losses.enumerated() {
            text += "\(index + 1),\(number(loss))\n"
        }
        return text
    }

    /// Shortest round-tripping decimal; JSON has no NaN or infinity, so those become null.
    private func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20: result += "\\u" + String(format: "%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private func biasName(_ bias: BiasMode) -> String {
        switch bias {
        case .perNeuron: "per-neuron"
        case .shared: "shared"
        case .none: "none"
        }
    }
}
