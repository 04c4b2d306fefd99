import Foundation

/// A workload's `manifest.json`, as `benchmarks/workloads.py` writes it
/// (the format is documented in benchmarks/README.md, "Data files and manifest").
struct Manifest: Decodable {
    /// A raw little-endian float64 file beside the manifest, C order, no header.
    struct ArrayEntry: Decodable {
        var file: String
        var shape: [Int]
        var count: Int { shape.reduce(1, *) }
    }

    /// One entry of `layers`: dense, activation, conv2d, maxpool or flatten.
    struct Layer: Decodable {
        var kind: String
        var inputs: Int?
        var outputs: Int?
        var weights: ArrayEntry?
        var bias: ArrayEntry?
        var function: String?
        var filters: Int?
        var kernel: Int?
        var stride: Int?
        var padding: Int?
        var size: Int?
    }

    var format: Int
    var workload: String
    var inputs: ArrayEntry
    var targets: ArrayEntry
    var targetKind: String
    var classes: Int?
    var loss: String
    var learningRate: Double
    var epochs: Int
    var batchSize: Int
    var shuffle: Bool
    var layers: [Layer]?
    var layerSizes: [Int]?
    var flatWeights: ArrayEntry?
    var flatBiases: ArrayEntry?
    var h: Double?
    /// `[channels, height, width]` of one input row (W6).
    var inputShape: [Int]?

    enum CodingKeys: String, CodingKey {
        case format, workload, inputs, targets, classes, loss, epochs, shuffle, layers, h
        case inputShape = "input_shape"
        case targetKind = "target_kind", learningRate = "learning_rate", batchSize = "batch_size"
        case layerSizes = "layer_sizes", flatWeights = "flat_weights", flatBiases = "flat_biases"
    }

    /// Reads and decodes the manifest at `path`.
    static func load(_ path: String) throws(BenchError) -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        do {
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw BenchError("\(path): not a workload manifest: \(error)")
        }
    }
}
