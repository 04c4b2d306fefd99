import Numerals
import Foundation
import NeuralEngine
import NotebookKit

/// `{load}`: a model and its parameters from a file a `{train}` step exported.
struct LoadStep: NotebookStep {
    static let name = "load"
    static let example = """
        path: trained/xor.json
        """
    static let summary = "Loads a model and its trained parameters from a `training-N.json` file that a `{train}` step wrote (layers, parameters and history), to continue from them."

    struct Options: StepOptionList {
        let path = StepOption.required("path", .path, "The JSON file, relative to the notebook.")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let written = options[\.path]
        let value = options.written(\.path) ?? OptionValue(text: written, location: options.step.nameLocation)
        let path = context.resolve(written)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw value.error("cannot read '\(value.text.trimmed)' (looked for \(path))")
        }
        let network: Network
        let export: ParameterExport
        do {
            export = try ParameterExport.decode(data)
            network = try export.makeNetwork()
        } catch {
            throw value.error("'\(value.text.trimmed)' cannot be loaded: \(error.description)")
        }
        if let data = context.data, data.train.featureCount != network.inputCount {
            throw value.error("the loaded model takes \(network.inputCount) inputs but the data has \(data.train.featureCount) features")
        }
        context.model = LoadedModel(network: network, initialParameters: network.parameters, location: options.step.location,
                                    layerLocations: network.spec.layers.map { _ in value.location })
        var metrics = [Metric("loaded from", "`\(value.text.trimmed)`")]
        if let history = export.history {
            metrics.append(Metric("trained epochs", .integer(history.losses.count)))
            if let last = history.losses.last { metrics.append(Metric("final loss then", .number(last, .significant(4)))) }
        }
        return [.table(ModelStep.architectureTable(network)), .metrics(metrics)]
    }
}
