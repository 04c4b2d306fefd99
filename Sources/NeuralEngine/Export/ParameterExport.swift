import Foundation

/// Parameters, their layout and (optionally) the training history as one JSON document.
///
/// The JSON is deterministic: keys sorted, numbers in Swift's shortest round-trip form,
/// NaN and infinities as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
public struct ParameterExport: Codable, Equatable, Sendable {
    /// One layer as exported.
    /// Each kind fills the fields it needs (see its file in `Layers/`); the others stay absent.
    public struct Layer: Codable, Equatable, Sendable {
        /// `dense`, `activation`, `conv2d`, `maxpool`, `flatten` or `dropout`.
        public var kind: String
        /// Activation name (`sigmoid`, `leakyReLU(0.01)`, …) of an activation layer.
        public var activation: String?
        /// A dense layer's sizes.
        public var inputs: Int?
        public var outputs: Int?
        /// A dense layer's bias.
        public var bias: BiasMode?
        /// A convolution's filter count.
        public var filters: Int?
        /// A convolution's or a pooling's window side.
        public var kernel: Int?
        public var stride: Int?
        public var padding: Int?
        /// A dropout's rate.
        public var rate: Double?

        public init(kind: String, activation: String? = nil, inputs: Int? = nil, outputs: Int? = nil, bias: BiasMode? = nil,
                    filters: Int? = nil, kernel: Int? = nil, stride: Int? = nil, padding: Int? = nil, rate: Double? = nil) {
            self.kind = kind
            self.activation = activation
            self.inputs = inputs
            self.outputs = outputs
            self.bias = bias
            self.filters = filters
            self.kernel = kernel
            self.stride = stride
            self.padding = padding
            self.rate = rate
        }
    }

    /// The training run, when one is exported with the parameters.
    public struct History: Codable, Equatable, Sendable {
        public var initialLoss: Double
        /// Data losses (without the penalty).
        public var losses: [Double]
        /// The weight penalty before training and per epoch; absent when training was not regularised.
        public var initialPenalty: Double?
        public var penalties: [Double]?
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
    /// The shape of one input sample, when the model declares it (convolutions).
    public var inputShape: FeatureShape?
    public var blocks: [ParameterBlock]
    public var parameters: [Double]
    public var history: History?

    public init(network: Network, result: TrainingResult? = nil) {
        format = Self.formatName
        version = 1
        layers = network.spec.layers.map(\.layer.exportEntry)
        inputShape = network.spec.inputShape
        blocks = network.parameterBlocks
        parameters = network.parameters
        history = result.map { result in
            let (reason, epoch): (String, Int?) = switch result.stopReason {
            case .completed: ("completed", nil)
            case .reachedTarget(let epoch): ("reachedTarget", epoch)
            case .diverged(let epoch): ("diverged", epoch)
            }
            let penalised = !result.penalties.isEmpty
            return History(initialLoss: result.initialLoss, losses: result.losses,
                           initialPenalty: penalised ? result.initialPenalty : nil, penalties: penalised ? result.penalties : nil,
                           log: result.log,
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
        do { export = try decoder.decode(ParameterExport.self, from: data) } catch let error as DecodingError {
            // Foundation calls a number that does not fit its field (a size of 1e30 or 1.5)
            // invalid JSON; say which it is.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
               (try? JSONSerialization.jsonObject(with: data)) != nil {
                throw .unreadable("a value does not fit its field (sizes and epochs are whole numbers below 2⁶³)")
            }
            throw .unreadable(error.words)
        } catch {
            throw .unreadable("not valid JSON")
        }
        guard export.format == formatName else { throw .unreadable("not an \(formatName) file (format \"\(export.format)\")") }
        guard export.version == 1 else {
            throw .unreadable("version \(export.version) of the \(formatName) format is not known to this nbrun (it reads version 1)")
        }
        return export
    }
}
