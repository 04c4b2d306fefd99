/// How a number is written in a table cell. Deterministic: no locale, no Foundation
/// formatting; `-0` never appears (a value that rounds to zero is written unsigned).
public enum NumberStyle: Sendable, Equatable {
    /// Rounded to a whole number: `42`.
    case integer
    /// Exactly `digits` decimals, zeros kept so columns line up: `0.1230`.
    case fixed(Int)
    /// About `digits` significant digits: fixed notation for `10⁻³ ≤ |v| < 10⁵`
    /// (`0.6931`), otherwise `1.234e-8` (the notation numpy and Python print).
    case significant(Int)

    /// The text of `value` in this style (`NaN`, `∞` and `-∞` for non-finite values).
    public func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        switch self {
        case .integer:
            return DecimalText.fixed(value, decimals: 0)
        case .fixed(let digits):
            return DecimalText.fixed(value, decimals: digits)
        case .significant(let digits):
            return DecimalText.significant(value, digits: digits)
        }
    }
}

/// Decimal rendering of doubles by scaled integer rounding (ties away from zero).
enum DecimalText {
    static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent >= 0 ? result : 1 / result
    }

    /// `value` with exactly `decimals` (0…15) fractional digits.
    static func fixed(_ value: Double, decimals: Int) -> String {
        precondition((0...15).contains(decimals), "decimals must be in 0...15")
        let scaled = (value * power(decimals)).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9e15 else { return significant(value, digits: 6) }
        let magnitude = Int64(abs(scaled))
        let divisor = Int64(power(decimals))
        var text = scaled < 0 && magnitude != 0 ? "-" : ""
        text += String(magnitude / divisor)
        if decimals > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// About `digits` significant digits, trailing zeros trimmed; e-notation outside `[10⁻³, 10⁵)`.
    static func significant(_ value: Double, digits: Int) -> String {
        precondition((1...15).contains(digits))
        if value == 0 { return "0" }
        let magnitude = abs(value)
        var exponent = 0
        var probe = magnitude
        while probe >= 10 { probe /= 10; exponent += 1 }
        while probe < 1 { probe *= 10; exponent -= 1 }
        if magnitude >= 1e-3 && magnitude < 1e5 {
            return trimmed(fixed(value, decimals: max(0, min(15, digits - 1 - exponent))))
        }
        var mantissa = value / power(exponent)
        var mantissaText = trimmed(fixed(mantissa, decimals: digits - 1))
        if let number = Double(mantissaText), abs(number) >= 10 {
            exponent += 1
            mantissa /= 10
            mantissaText = trimmed(fixed(mantissa, decimals: digits - 1))
        }
        return mantissaText + "e" + String(exponent)
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.last == "0" { result.removeLast() }
        if result.last == "." { result.removeLast() }
        return result
    }
}
