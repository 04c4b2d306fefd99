/// Buffers for forward and backward passes over batches of up to `capacity` samples,
/// allocated once and reused for every batch: the training loop allocates nothing.
///
/// `values` mirrors the network's activations: segment 0 holds the batch input `X`,
/// segment `p + 1` the output of operation `p` (the last one is `ŷ`). Each segment has
/// room for `capacity` rows of its width; the current batch uses its first `rows` rows.
/// `deltas` has the same layout and holds `∂E/∂` of each segment after ``backward``.
///
/// The buffers are memory the workspace owns (not arrays), so the per-batch kernels reach
/// them without reference counting or exclusivity checks; so are the layers and their
/// placements, which the passes read in place.
final class BatchWorkspace {
    /// The network's layers, in order.
    let layers: [any Layer]
    /// The same layers boxed for the passes (kept alive by `boxes`, called unretained).
    private let boxes: [AnyLayerBox]
    private let boxReferences: UnsafeMutableBufferPointer<Unmanaged<AnyLayerBox>>
    /// Per layer: shapes, parameter offset and where its private memory starts.
    let slots: UnsafeMutableBufferPointer<LayerSlot>
    var layerCount: Int { slots.count }
    let widths: [Int]
    let offsets: [Int]
    let capacity: Int
    let targetWidth: Int
    private(set) var rows = 0

    let values: UnsafeMutableBufferPointer<Double>
    /// Empty in a forward-only workspace.
    let deltas: UnsafeMutableBufferPointer<Double>
    let targets: UnsafeMutableBufferPointer<Double>
    let sampleLosses: UnsafeMutableBufferPointer<Double>
    /// Every layer's private memory (im2col columns, pooling choices, dropout masks).
    let layerScratch: UnsafeMutableBufferPointer<Double>
    /// Layers that draw random numbers before a training pass, with what they draw.
    let noisyLayers: [(layer: Int, noise: TrainingNoise)]
    /// Whether the last forward pass was a training pass (dropout applied its mask).
    private(set) var training = false
    private var scratchStorage: UnsafeMutableBufferPointer<Double>?
    /// The batch input `X` read in place from the caller's data (see ``attach(inputs:targets:rows:)``);
    /// `nil` when it was copied into segment 0.
    private var attachedInputs: UnsafePointer<Double>?
    /// Copies and tile buffers for the matrix product.
    let productScratch = ProductScratch()
    /// A copy of the parameters central differences may move (allocated at first use).
    private var movableStorage: UnsafeMutableBufferPointer<Double>?

    /// With `backward: false` the workspace only runs forward passes (no `deltas`).
    init(network: Network, capacity: Int, targetWidth: Int, backward: Bool = true) {
        precondition(capacity > 0, "a batch holds at least one sample")
        let layers = network.layers
        self.layers = layers
        boxes = layers.map { layer in AnyLayerBox.boxing(layer) }
        boxReferences = .allocate(capacity: layers.count)
        _ = boxReferences.initialize(from: boxes.map { Unmanaged.passUnretained($0) })
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
        values = Self.zeros(total)
        deltas = Self.zeros(backward ? total : 0)
        targets = Self.zeros(capacity * targetWidth)
        sampleLosses = Self.zeros(capacity)
        var scratchTotal = 0
        var slots: [LayerSlot] = []
        for (p, placement) in network.placements.enumerated() {
            let count = layers[p].scratchCount(input: placement.input, output: placement.output, capacity: capacity, backward: backward)
            slots.append(LayerSlot(input: placement.input, output: placement.output,
                                   parameterOffset: placement.parameterOffset, parameterCount: placement.parameterCount,
                                   scratchOffset: scratchTotal))
            scratchTotal += count
        }
        self.slots = .allocate(capacity: slots.count)
        _ = self.slots.initialize(from: slots)
        layerScratch = Self.zeros(scratchTotal)
        noisyLayers = layers.indices.compactMap { p in layers[p].trainingNoise.map { (p, $0) } }
    }

    deinit {
        values.deallocate()
        deltas.deallocate()
        targets.deallocate()
        sampleLosses.deallocate()
        layerScratch.deallocate()
        scratchStorage?.deallocate()
        movableStorage?.deallocate()
        boxReferences.deallocate()
        slots.deallocate()
    }

    private static func zeros(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
        let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
        buffer.initialize(repeating: 0)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
    }

    /// A second buffer shaped like `values`, for the perturbed passes of central differences
    /// (allocated at first use).
    var scratch: UnsafeMutableBufferPointer<Double> {
        if let scratchStorage { return scratchStorage }
        let fresh = Self.zeros(values.count)
        scratchStorage = fresh
        return fresh
    }

    /// A copy of `parameters` (count `count`) that central differences may move and restore.
    func movableParameters(_ parameters: UnsafePointer<Double>, count: Int) -> UnsafeMutablePointer<Double> {
        if movableStorage == nil || movableStorage!.count < count { movableStorage?.deallocate(); movableStorage = Self.zeros(count) }
        let movable = movableStorage!.baseAddress!
        movable.update(from: parameters, count: count)
        return movable
    }

    var outputWidth: Int { widths[widths.count - 1] }
    var lastSegment: Int { widths.count - 1 }

    /// Copies rows `range` of `inputs` (and `targets`), in order, into the batch buffers
    /// (one block copy each).
    func load(inputs: Matrix, targets: Matrix?, rows range: Range<Int>) {
        precondition(range.count <= capacity, "batch larger than the workspace")
        precondition(inputs.columns == widths[0], "inputs of the wrong width")
        rows = range.count
        attachedInputs = nil
        Self.copyRows(range, of: inputs, into: values.baseAddress!)
        guard let targets else { return }
        precondition(targets.columns == targetWidth, "targets of the wrong width")
        Self.copyRows(range, of: targets, into: self.targets.baseAddress!)
    }

    private static func copyRows(_ range: Range<Int>, of matrix: Matrix, into target: UnsafeMutablePointer<Double>) {
        let width = matrix.columns
        matrix.elements.withUnsafeBufferPointer { source in
            target.update(from: source.baseAddress! + range.lowerBound * width, count: range.count * width)
        }
    }

    /// Uses rows `range` of `inputs` (row-major, `base` pointing at row 0) in place as the batch
    /// input, without copying them; copies the targets. `base` must stay valid while this batch
    /// is used.
    func attach(inputs base: UnsafePointer<Double>, targets: Matrix, rows range: Range<Int>) {
        precondition(range.count <= capacity, "batch larger than the workspace")
        precondition(targets.columns == targetWidth, "targets of the wrong width")
        rows = range.count
        attachedInputs = base + range.lowerBound * widths[0]
        Self.copyRows(range, of: targets, into: self.targets.baseAddress!)
    }

    /// The input of operation `p` in `buffer` (`values` or `scratch`): its segment `p`, except
    /// that the first operation reads the attached inputs when there are.
    @inline(__always)
    func input(ofOperation p: Int, in buffer: UnsafeMutablePointer<Double>) -> UnsafePointer<Double> {
        if p == 0, let attachedInputs { return attachedInputs }
        return UnsafePointer(buffer + offsets[p])
    }

    /// Copies the rows `order[range]` of `inputs` (and `targets`) into the batch buffers.
    func load(inputs: Matrix, targets: Matrix?, rows range: Range<Int>, of order: [Int]) {
        order.withUnsafeBufferPointer { order in
            load(inputs: inputs, targets: targets, count: range.count) { order[range.lowerBound + $0] }
        }
    }

    /// Copies row `row(slot)` of `inputs` (and `targets`) into slot `slot`, for slots `0 ..< count`.
    private func load(inputs: Matrix, targets: Matrix?, count: Int, row: (Int) -> Int) {
        precondition(count <= capacity, "batch larger than the workspace")
        let inputWidth = widths[0]
        precondition(inputs.columns == inputWidth, "inputs of the wrong width")
        rows = count
        attachedInputs = nil
        let v = values.baseAddress!
        inputs.elements.withUnsafeBufferPointer { source in
            for slot in 0..<count {
                (v + slot * inputWidth).update(from: source.baseAddress! + row(slot) * inputWidth, count: inputWidth)
            }
        }
        guard let targets else { return }
        precondition(targets.columns == targetWidth, "targets of the wrong width")
        let width = targetWidth
        let t = self.targets.baseAddress!
        targets.elements.withUnsafeBufferPointer { source in
            for slot in 0..<count {
                (t + slot * width).update(from: source.baseAddress! + row(slot) * width, count: width)
            }
        }
    }

    // MARK: Forward

    /// Layer `p`, boxed, unretained.
    @inline(__always)
    func box(_ p: Int) -> Unmanaged<AnyLayerBox> { boxReferences[p] }

    /// The pass of layer `p` on `buffer` (`values` or `scratch`): its input segment `p` (or the
    /// attached inputs), its output segment `p + 1`.
    @inline(__always)
    func pass(_ p: Int, parameters: UnsafePointer<Double>, buffer: UnsafeMutablePointer<Double>) -> LayerPass {
        let slot = slots[p]
        return LayerPass(
            input: input(ofOperation: p, in: buffer), output: buffer + offsets[p + 1], rows: rows,
            inputShape: slot.input, outputShape: slot.output, parameters: parameters, parameterOffset: slot.parameterOffset,
            scratch: layerScratch.baseAddress! + slot.scratchOffset, productScratch: .passUnretained(productScratch),
            training: training)
    }

    /// Runs layers `first...` on `buffer`, reading segment `first` and writing the later ones.
    func runOperations(from first: Int, parameters: UnsafePointer<Double>, buffer: UnsafeMutablePointer<Double>) {
        for p in first..<layerCount {
            let pass = pass(p, parameters: parameters, buffer: buffer)
            box(p)._withUnsafeGuaranteedRef { $0.forward(pass) }
        }
    }

    /// Draws what the training-only layers need for the loaded batch (dropout masks) from
    /// `random`, in layer order.
    func drawTrainingNoise(random: inout some RandomSource) {
        for k in 0..<noisyLayers.count {
            let p = noisyLayers[k].layer, noise = noisyLayers[k].noise
            let slot = slots[p]
            let target = layerScratch.baseAddress! + slot.scratchOffset
            switch noise {
            case .scaledBernoulliMask(let keep):
                for i in 0..<(rows * slot.input.count) {
                    target[i] = Double(random.binomial(trials: 1, probability: keep)) / keep
                }
            }
        }
    }

    /// The forward pass over the loaded batch: fills every segment of `values`. With
    /// `training`, training-only layers apply what ``drawTrainingNoise(random:)``
    /// drew (dropout); otherwise they pass their input through.
    func forward(parameters: UnsafePointer<Double>, training: Bool = false) {
        self.training = training
        runOperations(from: 0, parameters: parameters, buffer: values.baseAddress!)
    }

    /// The mean over the batch of each sample's loss, computed on the output segment of
    /// `buffer` (`values` by default); the per-sample losses are kept in `sampleLosses`.
    func meanLoss(_ loss: Loss, buffer: UnsafePointer<Double>) -> Double {
        let n = outputWidth, start = offsets[lastSegment], width = targetWidth
        let t = targets.baseAddress!, losses = sampleLosses.baseAddress!
        var sum = 0.0
        for r in 0..<rows {
            losses[r] = loss.sampleLoss(prediction: buffer + start + r * n, target: t + r * width, outputs: n, targetWidth: width)
            sum += losses[r]
        }
        return rows == 1 ? sum : sum / Double(rows)  // (x / 1 is x: skip the slow division)
    }

    /// ``meanLoss(_:buffer:)`` on the last forward pass.
    func meanLoss(_ loss: Loss) -> Double {
        meanLoss(loss, buffer: values.baseAddress!)
    }

    // MARK: Backward

    /// Whether the last operation is a softmax that can be fused with cross-entropy.
    func endsWithSoftmax() -> Bool {
        (layers[layerCount - 1] as? ActivationLayer)?.activation == .softmax
    }

    /// Backpropagation after ``forward(parameters:)``: writes `∂E/∂θ` into the flat `gradient`.
    ///
    /// Starts from the loss gradient `∂E/∂ŷ` (scaled by the ``Reduction``) and walks the
    /// operations backwards; each turns `∂E/∂(its output)` into `∂E/∂(its input)`.
    /// With `fuseSoftmaxCrossEntropy` and a final softmax under ``Loss/crossEntropy``,
    /// the walk starts one step earlier with `∂E/∂z = scale·(ŷ − y)`.
    /// `keepOutputGradient`: also write `∂E/∂ŷ` into the last segment of `deltas` when the fused
    /// shortcut makes it unnecessary (the trace shows it; training skips it).
    func backward(
        parameters: UnsafePointer<Double>, loss: Loss, reduction: Reduction, fuseSoftmaxCrossEntropy: Bool,
        gradient: UnsafeMutablePointer<Double>, keepOutputGradient: Bool = true
    ) {
        let scale = reduction.scale(rows: rows)
        let n = outputWidth, width = targetWidth
        let fused = fuseSoftmaxCrossEntropy && loss == .crossEntropy && endsWithSoftmax()
        precondition(!deltas.isEmpty, "a forward-only workspace cannot run backward")
        let values = self.values.baseAddress!, deltas = self.deltas.baseAddress!, targets = self.targets.baseAddress!
        let last = lastSegment
        // ∂E/∂ŷ (unless only the fused shortcut needs computing), then the shortcut if it applies.
        for r in 0..<rows where !fused || keepOutputGradient {
            loss.writeGradient(prediction: values + offsets[last] + r * n, target: targets + r * width,
                               outputs: n, targetWidth: width, scale: scale, into: deltas + offsets[last] + r * n)
        }
        var start = layerCount - 1
        if fused {
            for r in 0..<rows {
                Loss.writeSoftmaxCrossEntropyGradient(
                    prediction: values + offsets[last] + r * n, target: targets + r * width,
                    outputs: n, targetWidth: width, scale: scale, into: deltas + offsets[last - 1] + r * n)
            }
            start -= 1
        }
        for p in stride(from: start, through: 0, by: -1) {
            let pass = pass(p, parameters: parameters, buffer: values)
            let dy = UnsafePointer(deltas + offsets[p + 1]), dx = p > 0 ? deltas + offsets[p] : nil
            box(p)._withUnsafeGuaranteedRef { $0.backward(pass, outputGradient: dy, inputGradient: dx, gradient: gradient) }
        }
    }
}

/// What the passes of one layer need to know about it, stored in the workspace's own memory.
struct LayerSlot {
    var input: FeatureShape
    var output: FeatureShape
    var parameterOffset: Int
    var parameterCount: Int
    var scratchOffset: Int
}
