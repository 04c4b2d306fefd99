/// Buffers for forward and backward passes over batches of up to `capacity` samples,
/// allocated once and reused for every batch: the training loop allocates nothing.
///
/// `values` mirrors the network's activations: segment 0 holds the batch input `X`,
/// segment `p + 1` the output of operation `p` (the last one is `ŷ`). Each segment has
/// room for `capacity` rows of its width; the current batch uses its first `rows` rows.
/// `deltas` has the same layout and holds `∂E/∂` of each segment after ``backward``.
final class BatchWorkspace {
    let operations: [Operation]
    let widths: [Int]
    let offsets: [Int]
    let capacity: Int
    let targetWidth: Int
    private(set) var rows = 0

    var values: [Double]
    var deltas: [Double]
    var targets: [Double]
    var sampleLosses: [Double]
    /// A second copy of `values` for the perturbed passes of central differences.
    var scratch: [Double] = []
    /// Packed panels for the blocked matrix product, allocated at its first use.
    lazy var productScratch = ProductScratch()

    /// With `backward: false` the workspace only runs forward passes (no `deltas`).
    init(network: Network, capacity: Int, targetWidth: Int, backward: Bool = true) {
        precondition(capacity > 0, "a batch holds at least one sample")
        operations = network.operations
        widths = network.widths
        var offsets: [Int] = []
        var total = 0
        for width in widths {
            offsets.append(total)
            total += capacity * width
        }
        self.offsets = offsets
        self.capacity = capacity
        self.targetWidth = targetWidth
        values = Array(repeating: 0, count: total)
        deltas = backward ? Array(repeating: 0, count: total) : []
        targets = Array(repeating: 0, count: capacity * targetWidth)
        sampleLosses = Array(repeating: 0, count: capacity)
    }

    var outputWidth: Int { widths[widths.count - 1] }
    var lastSegment: Int { widths.count - 1 }

    /// Copies the given sample rows of `inputs` (and `targets`) into the batch buffers.
    func load(inputs: Matrix, targets: Matrix?, rows indices: some Collection<Int>) {
        precondition(indices.count <= capacity, "batch larger than the workspace")
        let inputWidth = widths[0]
        precondition(inputs.columns == inputWidth, "inputs of the wrong width")
        rows = indices.count
        values.withUnsafeMutableBufferPointer { v in
            inputs.elements.withUnsafeBufferPointer { source in
                for (slot, row) in indices.enumerated() {
                    for k in 0..<inputWidth { v[slot * inputWidth + k] = source[row * inputWidth + k] }
                }
            }
        }
        guard let targets else { return }
        precondition(targets.columns == targetWidth, "targets of the wrong width")
        let width = targetWidth
        self.targets.withUnsafeMutableBufferPointer { t in
            targets.elements.withUnsafeBufferPointer { source in
                for (slot, row) in indices.enumerated() {
                    for k in 0..<width { t[slot * width + k] = source[row * width + k] }
                }
            }
        }
    }

    // MARK: Forward

    /// Runs operations `first...` on `buffer`, reading segment `first` and writing the later ones.
    func runOperations(from first: Int, parameters: UnsafePointer<Double>, buffer: UnsafeMutablePointer<Double>) {
        for p in first..<operations.count {
            let x = UnsafePointer(buffer + offsets[p])
            let y = buffer + offsets[p + 1]
            switch operations[p] {
            case .dense(let layout):
                DenseLayer.forward(layout, parameters: parameters, input: x, output: y, rows: rows, scratch: productScratch)
            case .activation(let activation):
                activation.forward(input: x, output: y, rows: rows, width: widths[p + 1])
            }
        }
    }

    /// The forward pass over the loaded batch: fills every segment of `values`.
    func forward(parameters: UnsafePointer<Double>) {
        values.withUnsafeMutableBufferPointer { v in
            runOperations(from: 0, parameters: parameters, buffer: v.baseAddress!)
        }
    }

    /// The mean over the batch of each sample's loss, computed on the output segment of
    /// `buffer` (`values` by default); the per-sample losses are kept in `sampleLosses`.
    func meanLoss(_ loss: Loss, buffer: UnsafePointer<Double>) -> Double {
        let n = outputWidth, start = offsets[lastSegment], width = targetWidth
        return targets.withUnsafeBufferPointer { t in
            sampleLosses.withUnsafeMutableBufferPointer { losses in
                var sum = 0.0
                for r in 0..<rows {
                    losses[r] = loss.sampleLoss(prediction: buffer + start + r * n, target: t.baseAddress! + r * width,
                                                outputs: n, targetWidth: width)
                    sum += losses[r]
                }
                return sum / Double(rows)
            }
        }
    }

    /// ``meanLoss(_:buffer:)`` on the last forward pass.
    func meanLoss(_ loss: Loss) -> Double {
        values.withUnsafeBufferPointer { meanLoss(loss, buffer: $0.baseAddress!) }
    }

    // MARK: Backward

    /// Whether the last operation is a softmax that can be fused with cross-entropy.
    func endsWithSoftmax() -> Bool {
        if case .activation(.softmax) = operations[operations.count - 1] { return true }
        return false
    }

    /// Backpropagation after ``forward(parameters:)``: writes `∂E/∂θ` into the flat `gradient`.
    ///
    /// Starts from the loss gradient `∂E/∂ŷ` (scaled by the ``Reduction``) and walks the
    /// operations backwards; each turns `∂E/∂(its output)` into `∂E/∂(its input)`.
    /// With `fuseSoftmaxCrossEntropy` and a final softmax under ``Loss/crossEntropy``,
    /// the walk starts one step earlier with `∂E/∂z = scale·(ŷ − y)`.
    func backward(
        parameters: UnsafePointer<Double>, loss: Loss, reduction: Reduction, fuseSoftmaxCrossEntropy: Bool,
        gradient: UnsafeMutablePointer<Double>
    ) {
        let scale = reduction.scale(rows: rows)
        let n = outputWidth, width = targetWidth
        let fused = fuseSoftmaxCrossEntropy && loss == .crossEntropy && endsWithSoftmax()
        values.withUnsafeBufferPointer { v in
            deltas.withUnsafeMutableBufferPointer { d in
                targets.withUnsafeBufferPointer { t in
                    let values = v.baseAddress!, deltas = d.baseAddress!, targets = t.baseAddress!
                    let last = lastSegment
                    // ∂E/∂ŷ always (the trace shows it), then the fused shortcut if it applies.
                    for r in 0..<rows {
                        loss.writeGradient(prediction: values + offsets[last] + r * n, target: targets + r * width,
                                           outputs: n, targetWidth: width, scale: scale,
                                           into: deltas + offsets[last] + r * n)
                    }
                    var start = operations.count - 1
                    if fused {
                        for r in 0..<rows {
                            Loss.writeSoftmaxCrossEntropyGradient(
                                prediction: values + offsets[last] + r * n, target: targets + r * width,
                                outputs: n, targetWidth: width, scale: scale, into: deltas + offsets[last - 1] + r * n)
                        }
                        start -= 1
                    }
                    for p in stride(from: start, through: 0, by: -1) {
                        let x = values + offsets[p], y = values + offsets[p + 1]
                        let dy = UnsafePointer(deltas + offsets[p + 1]), dx = deltas + offsets[p]
                        switch operations[p] {
                        case .dense(let layout):
                            DenseLayer.backward(layout, parameters: parameters, input: x, outputGradient: dy, rows: rows,
                                                gradient: gradient, inputGradient: p > 0 ? dx : nil, scratch: productScratch)
                        case .activation(let activation):
                            activation.backward(input: x, output: y, outputGradient: dy, inputGradient: dx,
                                                rows: rows, width: widths[p + 1])
                        }
                    }
                }
            }
        }
    }
}
