import NBRunCore
import NeuralEngine

/// One of W1…W5 set up for nbrun's engine exactly as benchmarks/README.md defines it:
/// the manifest's literal initial weights, its data, loss, batching and update rule.
struct TrainingWorkload {
    var name: String
    var spec: NetworkSpec
    var options: TrainingOptions
    var inputs: Matrix
    var targets: Matrix

    init(name: String, manifest: Manifest, arrays: RawArrayFile) throws(BenchError) {
        guard manifest.workload == name else {
            throw BenchError("the manifest describes \(manifest.workload), not \(name)")
        }
        guard !manifest.shuffle else { throw BenchError("shuffled batches are not part of the protocol") }
        self.name = name
        let rows = manifest.inputs.shape[0]
        inputs = Matrix(rows: rows, columns: manifest.inputs.count / max(rows, 1), elements: try arrays.read(manifest.inputs))
        targets = Matrix(rows: rows, columns: manifest.targets.count / max(rows, 1), elements: try arrays.read(manifest.targets))

        let batching: Batching = manifest.batchSize == 1 ? .perSample
            : (manifest.batchSize >= rows ? .fullBatch : .miniBatch(size: manifest.batchSize, shuffle: false))
        let sgd = Optimizer.sgd(learningRate: manifest.learningRate)
        switch manifest.loss {
        case "mse" where name == "W4":
            spec = try Self.seed004Spec(manifest, arrays: arrays)
            guard let h = manifest.h else { throw BenchError("W4 needs h") }
            options = TrainingOptions(epochs: manifest.epochs, loss: .meanSquaredError, optimizer: sgd,
                                      batching: batching, gradients: .centralDifferences(step: h), epochLoss: .afterEpoch)
        case "mse":
            spec = try Self.layeredSpec(manifest, arrays: arrays, softmax: false)
            options = TrainingOptions(epochs: manifest.epochs, loss: .meanSquaredError, optimizer: sgd, batching: batching)
        case "half_squared_error_sum":
            spec = try Self.layeredSpec(manifest, arrays: arrays, softmax: false)
            options = TrainingOptions(epochs: manifest.epochs, loss: .halfSquaredError, optimizer: sgd,
                                      reduction: .sum, batching: batching)
        case "softmax_cross_entropy":
            guard manifest.targetKind == "class_index" else { throw BenchError("cross-entropy needs class-index targets") }
            spec = try Self.layeredSpec(manifest, arrays: arrays, softmax: true)
            options = TrainingOptions(epochs: manifest.epochs, loss: .crossEntropy, optimizer: sgd, batching: batching)
        default:
            throw BenchError("unknown loss '\(manifest.loss)'")
        }
        // The references compute no loss before training; neither does this run.
        options.measuresInitialLoss = false
    }

    /// W1, W2, W3, W5: the manifest's `layers`, each dense layer with its literal weights
    /// (`inputs × outputs`, as our `W`) and bias; with `softmax`, a final softmax that the
    /// cross-entropy gradient fuses with (`∂E/∂z = (ŷ − y)/B`).
    static func layeredSpec(_ manifest: Manifest, arrays: RawArrayFile, softmax: Bool) throws(BenchError) -> NetworkSpec {
        guard let entries = manifest.layers else { throw BenchError("the manifest has no layers") }
        var layers: [LayerSpec] = []
        for entry in entries {
            switch entry.kind {
            case "dense":
                guard let inputs = entry.inputs, let outputs = entry.outputs, let weights = entry.weights else {
                    throw BenchError("a dense layer needs inputs, outputs and weights")
                }
                let w = Matrix(rows: inputs, columns: outputs, elements: try arrays.read(weights))
                if let bias = entry.bias {
                    let b = Matrix(rows: 1, columns: outputs, elements: try arrays.read(bias))
                    layers.append(.dense(inputs: inputs, outputs: outputs, bias: .perNeuron, weightInit: .literal(w), biasInit: .literal(b)))
                } else {
                    layers.append(.dense(inputs: inputs, outputs: outputs, bias: .none, weightInit: .literal(w)))
                }
            case "activation":
                // Activations by the notebooks' names (NBRunCore's one list of them).
                guard let name = entry.function.flatMap(ActivationName.init(rawValue:)),
                      let activation = name.activation(arguments: []) else {
                    throw BenchError("unknown activation '\(entry.function ?? "")'")
                }
                layers.append(.activation(activation))
            default:
                throw BenchError("unknown layer kind '\(entry.kind)'")
            }
        }
        if softmax { layers.append(.activation(.softmax)) }
        return NetworkSpec(layers: layers)
    }

    /// W4: seed 004's flat layout. Layer `l` maps `c` inputs to `r` outputs with the
    /// row-major `r × c` block of `w` at `shift_l` (`output i = Σ_j x[j]·w[shift_l + i·c + j] + b[l]`),
    /// so our `W` (`c × r`) is that block transposed; one bias shared by the layer; no activations.
    static func seed004Spec(_ manifest: Manifest, arrays: RawArrayFile) throws(BenchError) -> NetworkSpec {
        guard let sizes = manifest.layerSizes, sizes.count >= 2, let weightEntry = manifest.flatWeights,
              let biasEntry = manifest.flatBiases else {
            throw BenchError("W4 needs layer_sizes, flat_weights and flat_biases")
        }
        let flat = try arrays.read(weightEntry), biases = try arrays.read(biasEntry)
        guard biases.count == sizes.count - 1 else { throw BenchError("one shared bias per layer expected") }
        var layers: [LayerSpec] = []
        var shift = 0
        for l in 0..<(sizes.count - 1) {
            let c = sizes[l], r = sizes[l + 1]
            guard shift + r * c <= flat.count else { throw BenchError("flat_weights is too short for layer_sizes") }
            var w = Matrix(rows: c, columns: r)
            for i in 0..<r {
                for j in 0..<c { w[j, i] = flat[shift + i * c + j] }
            }
            shift += r * c
            layers.append(.dense(inputs: c, outputs: r, bias: .shared, weightInit: .literal(w),
                                 biasInit: .literal(Matrix(rows: 1, columns: 1, elements: [biases[l]]))))
        }
        return NetworkSpec(layers: layers)
    }
}
