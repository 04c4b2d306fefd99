extension BatchWorkspace {
    /// Central differences for every parameter of the flat vector (seeds 000 and 004):
    ///
    ///     ∂L/∂θ_j ≈ (L(θ + h·e_j) − L(θ − h·e_j)) / 2h
    ///
    /// where `L` is the mean loss over the loaded batch (times the batch size for ``Reduction/sum``).
    /// Call after ``forward(parameters:training:)`` (a training pass keeps its dropout masks).
    /// Work that does not change is reused: moving a parameter of layer `p` changes nothing
    /// before that layer, so each evaluation runs layer `p` on its cached input with the
    /// parameter moved (``Layer/forwardNudged(_:parameter:by:cachedOutput:movable:)``; a dense
    /// layer moves its cached output in one known way instead), then every later layer and
    /// the loss in full.
    ///
    /// Returns the number of (partial) forward passes run: two per parameter.
    func centralDifferences(
        parameters: UnsafePointer<Double>, loss: Loss, reduction: Reduction, step h: Double,
        gradient: UnsafeMutablePointer<Double>, parameterCount: Int
    ) -> Int {
        let factor = (reduction == .sum ? Double(rows) : 1) / (2 * h)
        let movable = movableParameters(parameters, count: parameterCount)
        var passes = 0
        for p in 0..<layerCount {
            let count = slots[p].parameterCount
            for j in 0..<count {
                let difference = nudgedLoss(parameter: j, by: h, layer: p, parameters: parameters, movable: movable, loss: loss)
                    - nudgedLoss(parameter: j, by: -h, layer: p, parameters: parameters, movable: movable, loss: loss)
                gradient[slots[p].parameterOffset + j] = difference * factor
            }
            passes += 2 * count
        }
        return passes
    }

    /// `L` with parameter `j` of layer `p` moved by `shift`: layer `p` on its cached input
    /// (into `scratch`), then every later layer and the loss.
    private func nudgedLoss(
        parameter j: Int, by shift: Double, layer p: Int, parameters: UnsafePointer<Double>,
        movable: UnsafeMutablePointer<Double>, loss: Loss
    ) -> Double {
        let buffer = scratch.baseAddress!
        var nudged = pass(p, parameters: parameters, buffer: values.baseAddress!)
        nudged.output = buffer + offsets[p + 1]
        let cached = UnsafePointer(values.baseAddress! + offsets[p + 1])
        box(p)._withUnsafeGuaranteedRef { $0.forwardNudged(nudged, parameter: j, by: shift, cachedOutput: cached, movable: movable) }
        runOperations(from: p + 1, parameters: parameters, buffer: buffer)
        return meanLoss(loss, buffer: UnsafePointer(buffer))
    }
}
