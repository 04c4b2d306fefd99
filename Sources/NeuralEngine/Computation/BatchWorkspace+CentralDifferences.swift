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
        let buffer = scratch.baseAddress!, values = self.values.baseAddress!
        for p in 0..<layerCount {
            let count = slots[p].parameterCount
            guard count > 0 else { continue }
            // Layer p runs on its cached input into `scratch`, then every later layer and the loss.
            var nudged = pass(p, parameters: parameters, buffer: values)
            nudged.output = buffer + offsets[p + 1]
            let cached = UnsafePointer(values + offsets[p + 1])
            let offset = slots[p].parameterOffset
            box(p)._withUnsafeGuaranteedRef { layer in
                for j in 0..<count {
                    layer.forwardNudged(nudged, parameter: j, by: h, cachedOutput: cached, movable: movable)
                    runOperations(from: p + 1, parameters: parameters, buffer: buffer)
                    let above = meanLoss(loss, buffer: UnsafePointer(buffer))
                    layer.forwardNudged(nudged, parameter: j, by: -h, cachedOutput: cached, movable: movable)
                    runOperations(from: p + 1, parameters: parameters, buffer: buffer)
                    let below = meanLoss(loss, buffer: UnsafePointer(buffer))
                    gradient[offset + j] = (above - below) * factor
                }
            }
            passes += 2 * count
        }
        return passes
    }
}
