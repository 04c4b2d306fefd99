import Foundation
import NeuralEngine
import NotebookKit

/// `{load}`: a model and its parameters from a file a `{train}` step exported.
struct LoadStep: NotebookStep {
    static let name = "load"
    static let example = """
        path: trained/xor.json
        """
    static let summary = "Loads a model and its trained parameters from a `training-N.json` file that a `{train}` step wrote, to continue from them."

    static let options: [OptionSpec] = [
        OptionSpec("path", .path, required: true, "The JSON file, relative to the notebook."),
    ]

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let value = options.value("path")!
        let path = context.resolve(value.text.trimmed)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw value.error("cannot read '\(value.text.trimmed)' (looked for \(path))")
        }
        let file: ExportedModel
        do {
            file = try JSONDecoder().decode(ExportedModel.self, from: data)
        } catch {
            throw value.error("'\(value.text.trimmed)' is not a parameter file written by nbrun: \(error.localizedDescription)")
        }
        guard file.format == "nbrun-parameters-1" else {
            throw value.error("'\(value.text.trimmed)' has format '\(file.format)', expected 'nbrun-parameters-1'")
        }
        var layers: [LayerSpec] = []
        for line in file.model {
            layers.append(try LayerSyntax.parse(OptionValue(text: line, location: value.location, substitutedFrom: "the file's model")))
        }
        let network: Network
        do {
            network = try Network(spec: NetworkSpec(layers: layers), parameters: file.parameters)
        } catch {
            throw value.error("the model in '\(value.text.trimmed)' does not fit its parameters: \(error.description)")
        }
        if let data = context.data, data.train.featureCount != network.inputCount {
            throw value.error("the loaded model takes \(network.inputCount) inputs but the data has \(data.train.featureCount) features")
        }
        context.model = LoadedModel(network: network, initialParameters: network.parameters, location: options.step.location,
                                    layerLocations: layers.map { _ in value.location })
        return [.table(ModelStep.architectureTable(network)),
                .metrics([Metric("loaded from", "`\(value.text.trimmed)`"), Metric("trained epochs", NumberFormat.integer(file.epochs))])]
    }
}

/// The parts of an exported `training-N.json` that `{load}` reads.
struct ExportedModel: Decodable {
    var format: String
    var model: [String]
    var parameters: [Double]
    var epochs: Int
}
