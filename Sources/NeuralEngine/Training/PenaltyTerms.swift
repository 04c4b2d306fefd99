/// A ``Regularization`` resolved onto the flat parameter vector: one term per penalised range
/// (a layer's weights, and its biases when included), so evaluating it is one loop per range.
///
///     P(θ) = Σ_terms [ λ₁ Σ_{i∈range} |θ_i| + ½ λ₂ Σ_{i∈range} θ_i² ]
struct PenaltyTerms: Sendable {
    struct Term: Sendable {
        var range: Range<Int>
        var l1: Double
        var l2: Double
    }

    let terms: [Term]

    init(_ regularization: Regularization, ranges: [LayerParameterRanges]) {
        var terms: [Term] = []
        for layer in ranges {
            let penalty = regularization.penalty(layerIndex: layer.layerIndex)
            guard !penalty.isZero else { continue }
            for range in penalty.includesBiases ? [layer.weights, layer.biases] : [layer.weights] where !range.isEmpty {
                terms.append(Term(range: range, l1: penalty.l1, l2: penalty.l2))
            }
        }
        self.terms = terms
    }

    var isEmpty: Bool { terms.isEmpty }

    /// `P(θ)`.
    func value(_ theta: UnsafePointer<Double>) -> Double {
        var total = 0.0
        for t in 0..<terms.count {
            let start = terms[t].range.lowerBound, end = terms[t].range.upperBound
            var absolute = 0.0, squares = 0.0
            var i = start
            while i < end {
                absolute += Swift.abs(theta[i])
                squares += theta[i] * theta[i]
                i += 1
            }
            total += terms[t].l1 * absolute + 0.5 * terms[t].l2 * squares
        }
        return total
    }

    /// Adds `∂P/∂θ = λ₁ sign(θ) + λ₂ θ` to `gradient` and returns `P(θ)` (one pass).
    func addGradient(_ theta: UnsafePointer<Double>, into gradient: UnsafeMutablePointer<Double>) -> Double {
        var total = 0.0
        for t in 0..<terms.count {
            let l1 = terms[t].l1, l2 = terms[t].l2, start = terms[t].range.lowerBound, end = terms[t].range.upperBound
            var absolute = 0.0, squares = 0.0
            var i = start
            while i < end {  // (a while loop: a debug build's range iterator allocates)
                let w = theta[i]
                absolute += Swift.abs(w)
                squares += w * w
                gradient[i] += l1 * (w > 0 ? 1 : w < 0 ? -1 : 0) + l2 * w
                i += 1
            }
            total += l1 * absolute + 0.5 * l2 * squares
        }
        return total
    }
}

extension Network {
    /// `P(θ)` of ``parameters`` under `regularization` (see ``Penalty``).
    public func penalty(_ regularization: Regularization) -> Double {
        let terms = PenaltyTerms(regularization, ranges: layerParameterRanges)
        return parameters.withUnsafeBufferPointer { terms.value($0.baseAddress!) }
    }

    /// `∂P/∂θ` in the layout of ``parameters`` (zero where nothing is penalised).
    public func penaltyGradient(_ regularization: Regularization) -> [Double] {
        let terms = PenaltyTerms(regularization, ranges: layerParameterRanges)
        var gradient = Array(repeating: 0.0, count: parameterCount)
        parameters.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in _ = terms.addGradient(p.baseAddress!, into: g.baseAddress!) }
        }
        return gradient
    }
}
