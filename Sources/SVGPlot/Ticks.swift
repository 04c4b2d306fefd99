import Foundation

/// Tick positions for an axis, with labels.
public struct Tick: Sendable, Equatable {
    public var value: Double
    /// Empty for minor ticks (drawn short, unlabelled).
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// Tick generation: "nice" 1-2-5 steps for linear axes, decades for log axes.
public enum Ticks {
    /// The nice step for covering `span` with about `count` intervals:
    /// the smallest of `1, 2, 5 × 10ᵏ` that is ≥ `span / count`.
    public static func niceStep(span: Double, count: Int) -> Double {
        precondition(span > 0 && count > 0)
        let raw = min(1e300, max(1e-300, span / Double(count)))
        var exponent = Int(log10(raw).rounded(.down))
        for _ in 0..<2 {
            for multiple in [1.0, 2.0, 5.0] {
                let step = multiple * PlotNumber.power(exponent)
                if step >= raw * (1 - 1e-12) { return step }
            }
            exponent += 1
        }
        return PlotNumber.power(exponent)
    }

    /// `domain` widened outwards to multiples of the nice step; a single value `v`
    /// becomes `0…2v` (`2v…0` when negative, `−1…1` for zero) first.
    public static func niceDomain(_ domain: ClosedRange<Double>, count: Int = 6, minimumStep: Double = 0) -> ClosedRange<Double> {
        let widened = widenedIfEmpty(domain)
        let step = max(minimumStep, niceStep(span: widened.upperBound - widened.lowerBound, count: count))
        let low = (widened.lowerBound / step + 1e-9).rounded(.down)
        let high = (widened.upperBound / step - 1e-9).rounded(.up)
        return multiple(low, of: step)...multiple(high, of: step)
    }

    /// Linear ticks: every multiple of the nice step inside `domain`.
    ///
    /// Values are computed as `k·m / 10ʲ` (not by repeated addition), so
    /// `0.1, 0.2, 0.3` come out as the doubles nearest those decimals.
    /// `minimumStep` keeps e.g. epoch axes on whole numbers.
    public static func linear(in domain: ClosedRange<Double>, count: Int = 6, minimumStep: Double = 0) -> [Tick] {
        let widened = widenedIfEmpty(domain)
        let step = max(minimumStep, niceStep(span: widened.upperBound - widened.lowerBound, count: count))
        let first = Int((widened.lowerBound / step - 1e-9).rounded(.up))
        let last = Int((widened.upperBound / step + 1e-9).rounded(.down))
        guard first <= last, last - first <= 1000 else { return [] }
        return (first...last).map { index in
            let value = multiple(Double(index), of: step)
            return Tick(value: value, label: PlotNumber.tickLabel(value, step: step))
        }
    }

    /// `domain` widened outwards to whole decades (`10ᵏ`); when that is a single value
    /// `10ᵏ`, it becomes `10ᵏ⁻¹ … 10ᵏ⁺¹`.
    public static func logDomain(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        precondition(domain.lowerBound > 0)
        var low = Int((log10(domain.lowerBound) + 1e-9).rounded(.down))
        var high = Int((log10(domain.upperBound) - 1e-9).rounded(.up))
        if low == high {
            low -= 1
            high += 1
        }
        return PlotNumber.power(low)...PlotNumber.power(high)
    }

    /// Log ticks: a labelled major tick `10ᵏ` at every decade in `domain`
    /// (every second or fifth decade when there are more than 12), and unlabelled minor
    /// ticks at `2…9 × 10ᵏ` when at most 6 decades are shown.
    public static func log(in domain: ClosedRange<Double>) -> [Tick] {
        precondition(domain.lowerBound > 0)
        let low = Int((log10(domain.lowerBound) - 1e-9).rounded(.up))
        let high = Int((log10(domain.upperBound) + 1e-9).rounded(.down))
        let decades = high - low
        let labelEvery = decades > 30 ? 5 : (decades > 12 ? 2 : 1)
        var ticks: [Tick] = []
        let firstMinorDecade = low - 1
        for exponent in firstMinorDecade...max(high, firstMinorDecade) {
            if exponent >= low {
                let label = exponent % labelEvery == 0 ? "10" + PlotNumber.superscript(exponent) : ""
                ticks.append(Tick(value: PlotNumber.power(exponent), label: label))
            }
            guard decades <= 6 else { continue }
            for digit in 2...9 {
                let value = exponent >= 0
                    ? Double(digit) * PlotNumber.power(exponent)
                    : Double(digit) / PlotNumber.power(-exponent)
                if domain.contains(value) { ticks.append(Tick(value: value, label: "")) }
            }
        }
        return ticks
    }

    /// `index × step` computed as an exact decimal: `index·m·10ᵏ` or `index·m / 10⁻ᵏ`.
    static func multiple(_ index: Double, of step: Double) -> Double {
        let exponent = Int(log10(step).rounded(.down))
        let mantissa = (step / PlotNumber.power(exponent)).rounded()
        if exponent >= 0 { return index * mantissa * PlotNumber.power(exponent) }
        return index * mantissa / PlotNumber.power(-exponent)
    }

    /// A domain narrower than 10⁻⁹ of its magnitude (a constant with rounding noise, such as
    /// a stuck loss) is treated as the single value at its middle.
    private static func widenedIfEmpty(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        let magnitude = max(abs(domain.lowerBound), abs(domain.upperBound))
        guard domain.upperBound - domain.lowerBound <= 1e-9 * magnitude || domain.lowerBound == domain.upperBound else {
            return domain
        }
        let value = domain.lowerBound / 2 + domain.upperBound / 2
        if value > 0 { return 0...(2 * value) }
        if value < 0 { return (2 * value)...0 }
        return -1...1
    }
}
