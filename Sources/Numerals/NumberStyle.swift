import Foundation

/// How a number is written for a reader — in tables, result cards, progress lines,
/// plot labels and plain text alike. One set of rules, documented here:
///
/// - **Minus**: a negative number starts with the minus sign `−` (U+2212), never the
///   hyphen `-`; a value that rounds to zero is written without a sign (`0.000`, not `−0.000`).
/// - **Exponents**: written `m×10ᵏ` with superscript digits (`2.5×10⁻³`, `−3×10¹²`), and
///   `10ᵏ` alone when `m` is 1.
/// - **When exponents appear**: ``fixed(_:)`` and ``significant(_:)`` switch to the
///   exponent form for `|v| ≥ 10⁶`; ``significant(_:)`` also for `0 < |v| < 10⁻⁴`
///   (the limits of C's `%g` with six digits).
/// - **Rounding**: to nearest, from the exact binary value (C's `printf`), so the
///   same value always gives the same text, independent of locale.
/// - **Non-finite values**: `NaN`, `∞`, `−∞`.
///
/// Tabular figures (every digit the same width, so columns line up) are the
/// renderer's part: HTML tables and cards set `font-variant-numeric: tabular-nums`,
/// plots set it on their text.
public enum NumberStyle: Sendable, Equatable, Hashable {
    /// Rounded to a whole number, thousands grouped with thin spaces: `12 345`.
    case integer
    /// Exactly `digits` decimals, zeros kept so columns line up: `0.1230`.
    case fixed(Int)
    /// `digits` significant digits, trailing zeros trimmed: `0.6931`, `1.235×10⁻⁸`.
    case significant(Int)
    /// A fraction as a percentage with `digits` decimals: `97.5%`.
    case percent(Int)
    /// Always the exponent form, `digits` decimals in the mantissa: `1.23×10⁻⁵`.
    case scientific(Int)

    /// Magnitudes from which ``fixed(_:)`` and ``significant(_:)`` use the exponent form.
    public static let largeMagnitude = 1e6
    /// Magnitudes below which ``significant(_:)`` uses the exponent form.
    public static let smallMagnitude = 1e-4

    /// The text of `value` in this style.
    public func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? Numerals.minus + "∞" : "∞") }
        switch self {
        case .integer:
            return Numerals.grouped(value.rounded(.toNearestOrEven))
        case .fixed(let digits):
            if abs(value) >= Self.largeMagnitude { return Numerals.exponentForm(value, decimals: max(2, min(digits, 6)), trim: false) }
            return Numerals.fixed(value, decimals: digits)
        case .significant(let digits):
            let magnitude = abs(value)
            if value != 0, magnitude < Self.smallMagnitude || magnitude >= Self.largeMagnitude {
                return Numerals.exponentForm(value, decimals: max(0, digits - 1), trim: true)
            }
            return Numerals.significantFixed(value, digits: digits)
        case .percent(let digits):
            return Numerals.fixed(value * 100, decimals: digits) + "%"
        case .scientific(let digits):
            return Numerals.exponentForm(value, decimals: digits, trim: false)
        }
    }

    /// The text of a whole number in this style (``integer`` groups thousands).
    public func format(_ value: Int) -> String {
        switch self {
        case .integer: Numerals.grouped(Double(value))
        default: format(Double(value))
        }
    }
}
