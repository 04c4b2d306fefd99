import Foundation

/// Parameters, their layout and (optionally) the training history as one JSON document.
///
/// The JSON is deterministic: keys sorted, numbers in Swift's shortest round-trip form,
/// NaN and infinities as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
public struct ParameterExport: Codable, Equatable, Sendable {
    /// One layer as exported.
    public struct Layer: Codable, Equatable, Sendable {
        /// `dense` or `activation`.
        public var kind: String
        /// Activation name (`sigmoid`, `leakyReLU(0.01)`, …); `nil` for dense layers.
        public var activation: String?
        public var inputs: Int?
        public var outputs: Int?
        public var bias: BiasMode?
    }

    /// The training run, when one is exported with the parameters.
    public struct History: Codable, Equatable, Sendable {
        public var initialLoss: Double
        public var losses: [Double]
        public var log: [EpochRecord]
        public var bestEpoch: Int
        public var bestLoss: Double
        /// `completed`, `reachedTarget` or `diverged`.
        public var stopReason: String
        /// The epoch of a `reachedTarget` or `diverged` stop.
        public var stopEpoch: Int?
        public var forwardPasses: Int
    }

    public static let formatName = "nbrun-parameters"
    public var format: String
    public var version: Int
    public var layers: [Layer]
    public var blocks: [ParameterBlock]
    public var parameters: [Double]
    public var history: History?

    public init(network: Network, result: TrainingResult? = nil) {
        format = Self.formatName
        version = 1
        layers = network.spec.layers.map { layer in
            switch layer {
            case .dense(let inputs, let outputs, let bias, _, _):
                Layer(kind: "dense", activation: nil, inputs: inputs, outputs: outputs, bias: bias)
            case .activation(let activation):
                Layer(kind: "activation", activation: activation.name, inputs: nil, outputs: nil, bias: nil)
            }
        }
        blocks = network.parameterBlocks
        parameters = network.parameters
        history = result.map { result in
            let (reason, epoch): (String, Int?) = switch result.stopReason {
            case .completed: ("completed", nil)
            case .reachedTarget(let epoch): ("reachedTarget", epoch)
            case .diverged(let epoch): ("diverged", epoch)
            }
            return History(initialLoss: result.initialLoss, losses: result.losses, log: result.log,
                           bestEpoch: result.bestEpoch, bestLoss: result.bestLoss, stopReason: reason,
                           stopEpoch: epoch, forwardPasses: result.forwardPasses)
        }
    }

    /// The JSON text (pretty-printed, sorted keys, trailing newline).
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        // Encoding plain numbers, strings and arrays cannot fail.
        var data = try! encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads an export back.
    public static func decode(_ data: Data) throws(ParameterLoadError) -> ParameterExport {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let export: ParameterExport
        do { export = try decoder.decode(ParameterExport.self, from: data) } catch {
            throw .unreadable(String(describing: error))
        }
        guard export.format == formatName else { throw .unreadable("not an \(formatName) file (format \"\(export.format)\")") }
        return export
    }
}

extension ParameterExport {
    /// The model the export describes, with its saved parameters (no notebook model needed).
    public func makeNetwork() throws(ParameterLoadError) -> Network {
        var layers: [LayerSpec] = []
        for (index, layer) in self.layers.enumerated() {
            switch layer.kind {
            case "dense":
                guard let inputs = layer.inputs, let outputs = layer.outputs, let bias = layer.bias else {
                    throw .unreadable("layer \(index + 1) is dense but lacks inputs, outputs or bias")
                }
                layers.append(.dense(inputs: inputs, outputs: outputs, bias: bias))
            case "activation":
                guard let name = layer.activation, let activation = Activation(name: name) else {
                    throw .unreadable("layer \(index + 1) has an unknown activation \(layer.activation ?? "(none)")")
                }
                layers.append(.activation(activation))
            default:
                throw .unreadable("layer \(index + 1) has an unknown kind \(layer.kind)")
            }
        }
        var network: Network
        do { network = try Network(spec: NetworkSpec(layers: layers, weightInit: .constant(0), biasInit: .constant(0))) } catch {
            throw .layoutMismatch(error.description)
        }
        try network.loadParameters(from: self)
        return network
    }
}

/// Why saved parameters cannot be loaded into a network.
public enum ParameterLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON of the expected shape.
    case unreadable(String)
    /// The file's parameter blocks differ from the network's (first difference, in words).
    case layoutMismatch(String)
    /// A value that is not a finite number.
    case notFinite(index: Int)

    public var description: String {
        switch self {
        case .unreadable(let reason): "cannot read the parameters: \(reason)"
        case .layoutMismatch(let reason): "the saved parameters do not fit this model: \(reason)"
        case .notFinite(let index): "saved parameter \(index) is not a finite number"
        }
    }
}

extension Network {
    /// Replaces ``parameters`` with those of an export after checking that its layout
    /// (block names, offsets, shapes) is this network's.
    public mutating func loadParameters(from export: ParameterExport) throws(ParameterLoadError) {
        let mine = parameterBlocks
        guard export.blocks.count == mine.count else {
            throw .layoutMismatch("the file has \(export.blocks.count) parameter blocks, the model \(mine.count)")
        }
        for (theirs, ours) in zip(export.blocks, mine) where theirs != ours {
            throw .layoutMismatch("block \(theirs.name) is \(theirs.rows)×\(theirs.columns) at offset \(theirs.offset); "
                + "the model expects \(ours.name) \(ours.rows)×\(ours.columns) at offset \(ours.offset)")
        }
        guard export.parameters.count == parameterCount else {
            throw .layoutMismatch("the file has \(export.parameters.count) parameters, the model \(parameterCount)")
        }
        if let bad = export.parameters.firstIndex(where: { !$0.isFinite }) { throw .notFinite(index: bad) }
        parameters = export.parameters
    }

    /// ``loadParameters(from:)`` reading the JSON text.
    public mutating func loadParameters(fromJSON data: Data) throws(ParameterLoadError) {
        try loadParameters(from: ParameterExport.decode(data))
    }
}

extension TrainingResult {
    /// The loss history as CSV: `epoch,loss` (plus `accuracy` when any row was logged with one),
    /// epoch 0 being the initial loss. Accuracy cells are empty for epochs not logged.
    public func csv() -> String {
        let accuracies = Dictionary(log.compactMap { row in row.accuracy.map { (row.epoch, $0) } }, uniquingKeysWith: { a, _ in a })
        let withAccuracy = !accuracies.isEmpty
        var text = withAccuracy ? "epoch,loss,accuracy\n" : "epoch,loss\n"
        text += withAccuracy ? "0,\(initialLoss),\n" : "0,\(initialLoss)\n"
        for (index, loss) in losses.enumerated() {
            let epoch = index + 1
            text += "\(epoch),\(loss)"
            if withAccuracy { text += "," + (accuracies[epoch].map { "\($0)" } ?? "") }
            text += "\n"
        }
        return text
    }
}
