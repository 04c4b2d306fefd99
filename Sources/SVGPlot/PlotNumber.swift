import Foundation
import Numerals

/// Numbers in SVG: attribute values (coordinates, opacities) written here, and
/// labels a reader sees (ticks, legends, descriptions) written by ``NumberStyle``'s
/// rules (true minus sign, `m×10ᵏ` exponents), the same as every table and card.
///
/// Attribute values: no locale, no Foundation: a value is rounded to `decimals` places with
/// `(value · 10^decimals).rounded()` (ties away from zero), trailing zeros are
/// trimmed and a negative zero is written `0`, so the same input always gives
/// the same bytes.
public enum PlotNumber {
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// `value` with at most `decimals` (0...15) fractional digits, trailing zeros trimmed.
    ///
    /// Values whose scaled magnitude exceeds 9·10¹⁵ fall back to ``scientific(_:significantDigits:)``.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        precondition((0...15).contains(decimals), "decimals must be in 0...15")
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let scaled = (value * powersOfTen[decimals]).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9e15 else { return scientific(value, significantDigits: 3) }
        if scaled == 0 { return "0" }
        let magnitude = Int64(abs(scaled))
        let divisor = Int64(powersOfTen[decimals])
        var text = scaled < 0 ? "-" : ""
        text += String(magnitude / divisor)
        if decimals > 0 {
            var fraction = String(magnitude % divisor)
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.last == "0" { fraction.removeLast() }
            if !fraction.isEmpty { text += "." + fraction }
        }
        return text
    }

    /// A pixel coordinate: one decimal, enough for a 640-unit view box.
    static func coordinate(_ value: Double) -> String {
        fixed(value, decimals: 1)
    }

    /// `m×10ᵏ` (``NumberStyle``'s exponent form) with `significantDigits` digits, e.g. `−2.5×10⁻³`; `10ᵏ` alone when the mantissa is 1.
    public static func scientific(_ value: Double, significantDigits: Int = 3) -> String {
        guard value.isFinite else { return NumberStyle.significant(significantDigits).format(value) }
        return Numerals.exponentForm(value, decimals: max(0, significantDigits - 1), trim: true)
    }

    /// `value` to `significantDigits` significant digits (``NumberStyle/significant(_:)``).
    public static func compact(_ value: Double, significantDigits: Int = 3) -> String {
        NumberStyle.significant(significantDigits).format(value)
    }

    /// The tick label of `value` on an axis whose ticks are `step` apart:
    /// just enough decimals to tell neighbouring ticks apart.
    public static func tickLabel(_ value: Double, step: Double) -> String {
        guard step > 0, step.isFinite else { return fixed(value, decimals: 2) }
        let magnitude = max(abs(value), step)
        if magnitude >= 1e6 || step < 1e-4 {
            return scientific(value, significantDigits: significantDigits(step: step, value: value))
        }
        let decimals = max(0, min(15, -Int((log10(step) + 1e-9).rounded(.down))))
        return Numerals.trimmedFixed(value, decimals: decimals)
    }

    /// A leading hyphen-minus replaced by the minus sign `−` (U+2212), for labels.
    public static func typographic(_ text: String) -> String {
        Numerals.typographic(text)
    }

    /// `10` raised to an integer power, computed exactly for |k| ≤ 22.
    static func power(_ exponent: Int) -> Double {
        if exponent >= 0 {
            return exponent <= 15 ? powersOfTen[exponent] : pow10(exponent)
        }
        return -exponent <= 15 ? 1 / powersOfTen[-exponent] : 1 / pow10(-exponent)
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    private static func significantDigits(step: Double, value: Double) -> Int {
        guard value != 0 else { return 1 }
        let digits = Int((log10(abs(value)) - log10(step)).rounded(.down)) + 1
        return max(1, min(6, digits))
    }

    /// `k` in Unicode superscript digits, e.g. `-8` → `⁻⁸`.
    public static func superscript(_ exponent: Int) -> String {
        Numerals.superscript(exponent)
    }
}
