import Foundation

extension RandomSource {
    /// A binomial draw, the number of successes in `n` trials of probability `p`, by numpy's
    /// legacy inversion algorithm (`random_binomial` → `random_binomial_inversion`), so with
    /// ``NumpyRandomState`` it equals `np.random.binomial(n, p)` draw for draw:
    ///
    /// - for `p ≤ ½` invert with `p`; otherwise return `n − ` the inversion with `q = 1 − p`;
    /// - inversion: `q = 1 − p`, `qⁿ = exp(n·log q)`, `bound = min(n, np + 10·√(np·q + 1))`;
    ///   draw `U`; while `U > px` (starting at `px = qⁿ`): `X += 1`, and if `X > bound` restart
    ///   with `X = 0`, `px = qⁿ` and a new `U`, else `U −= px`, `px = (n − X + 1)·p·px / (X·q)`.
    ///
    /// Precondition: `0 < p < 1` and `n·min(p, 1 − p) ≤ 30` (numpy's BTPE branch for larger
    /// products is not needed by dropout, which draws with `n = 1`).
    public mutating func binomial(trials n: Int, probability p: Double) -> Int {
        precondition(p > 0 && p < 1, "binomial probability \(p) outside (0, 1)")
        if p <= 0.5 {
            precondition(p * Double(n) <= 30, "binomial with n·p > 30 is not implemented")
            return binomialInversion(trials: n, probability: p)
        }
        let q = 1.0 - p
        precondition(q * Double(n) <= 30, "binomial with n·q > 30 is not implemented")
        return n - binomialInversion(trials: n, probability: q)
    }

    private mutating func binomialInversion(trials n: Int, probability p: Double) -> Int {
        let q = 1.0 - p
        let qn = Foundation.exp(Double(n) * Foundation.log(q))
        let np = Double(n) * p
        let bound = Int(Swift.min(Double(n), np + 10.0 * (np * q + 1).squareRoot()))
        var x = 0
        var px = qn
        var u = nextUniform()
        while u > px {
            x += 1
            if x > bound {
                x = 0
                px = qn
                u = nextUniform()
            } else {
                u -= px
                px = (Double(n - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }
}
