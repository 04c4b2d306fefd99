import Foundation

/// How data values are spaced along an axis.
public enum ScaleKind: Sendable, Equatable {
    case linear
    /// Base-10 logarithmic; only positive values can be shown.
    case log
}

/// Maps a data interval onto a pixel interval.
///
/// Linear: `p = p₀ + (v − d₀)/(d₁ − d₀) · (p₁ − p₀)`.
/// Log: the same formula applied to `log₁₀ v`, `log₁₀ d₀`, `log₁₀ d₁`.
/// The pixel interval may run backwards (a y axis grows downwards in SVG).
public struct Scale: Sendable, Equatable {
    public var kind: ScaleKind
    /// Data interval; for `.log` both ends are positive. Never empty.
    public var domain: ClosedRange<Double>
    public var pixelStart: Double
    public var pixelEnd: Double

    public init(kind: ScaleKind, domain: ClosedRange<Double>, pixelStart: Double, pixelEnd: Double) {
        precondition(domain.lowerBound < domain.upperBound, "a scale needs a non-empty domain")
        precondition(kind == .linear || domain.lowerBound > 0, "a log scale needs a positive domain")
        self.kind = kind
        self.domain = domain
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
    }

    /// The pixel position of `value` (values outside the domain extrapolate).
    public func callAsFunction(_ value: Double) -> Double {
        let t: Double
        switch kind {
        case .linear:
            t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        case .log:
            let low = log10(domain.lowerBound)
            t = (log10(value) - low) / (log10(domain.upperBound) - low)
        }
        return pixelStart + t * (pixelEnd - pixelStart)
    }

    /// Whether `value` can be drawn on this scale at all (finite, and positive for log).
    public func canShow(_ value: Double) -> Bool {
        value.isFinite && (kind == .linear || value > 0)
    }
}
