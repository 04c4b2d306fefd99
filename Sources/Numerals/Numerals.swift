import Foundation

/// The pieces ``NumberStyle`` writes numbers with: the minus sign, superscript
/// exponents, decimal rounding and digit grouping.
public enum Numerals {
    /// U+2212 MINUS SIGN.
    public static let minus = "\u{2212}"
    /// U+2009 THIN SPACE, between groups of three digits.
    public static let groupSeparator = "\u{2009}"

    /// A hyphen-minus at the start replaced by the minus sign; `-0`, `-0.00` lose the sign.
    public static func typographic(_ text: String) -> String {
        guard text.first == "-" else { return text }
        let rest = text.dropFirst()
        if rest.allSatisfy({ $0 == "0" || $0 == "." }) { return String(rest) }
        return minus + rest
    }

    /// `value` with exactly `decimals` decimals, true minus sign.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        typographic(String(format: "%.\(max(0, min(decimals, 17)))f", value))
    }

    /// `value` with `decimals` decimals and trailing zeros (and a bare point) removed.
    public static func trimmedFixed(_ value: Double, decimals: Int) -> String {
        trimmed(fixed(value, decimals: decimals))
    }

    /// `digits` significant digits in fixed notation, trailing zeros trimmed.
    static func significantFixed(_ value: Double, digits: Int) -> String {
        guard value != 0 else { return "0" }
        let (_, exponent) = decimalParts(value, decimals: max(0, digits - 1))
        return trimmedFixed(value, decimals: max(0, min(17, digits - 1 - exponent)))
    }

    /// `m×10ᵏ` with `decimals` decimals in `m` (trailing zeros removed when `trim`),
    /// `10ᵏ` alone when `m` is 1.
    public static func exponentForm(_ value: Double, decimals: Int, trim: Bool) -> String {
        guard value != 0 else { return trim ? "0" : fixed(0, decimals: decimals) }
        let (mantissa, exponent) = decimalParts(value, decimals: decimals)
        var text = typographic(mantissa)
        if trim { text = trimmed(text) }
        let decade = "10" + superscript(exponent)
        if trimmed(text) == "1" { return decade }
        if trimmed(text) == minus + "1" { return minus + decade }
        return text + "×" + decade
    }

    /// `k` in superscript digits with a superscript minus: `-8` → `⁻⁸`.
    public static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = exponent < 0 ? "⁻" : ""
        for digit in String(abs(exponent)).utf8 { text.append(digits[Int(digit - 48)]) }
        return text
    }

    /// `n` in subscript digits: `12` → `₁₂`.
    public static func subscriptDigits(_ number: Int) -> String {
        let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        var text = number < 0 ? "₋" : ""
        for digit in String(abs(number)).utf8 { text.append(digits[Int(digit - 48)]) }
        return text
    }

    /// A whole number with thousands grouped by thin spaces: `10 000`, `−1 234`.
    static func grouped(_ value: Double) -> String {
        let text = String(format: "%.0f", abs(value))
        var groups: [Substring] = []
        var end = text.endIndex
        while end > text.startIndex {
            let start = text.index(end, offsetBy: -3, limitedBy: text.startIndex) ?? text.startIndex
            groups.insert(text[start..<end], at: 0)
            end = start
        }
        let sign = value < 0 && text != "0" ? minus : ""
        return sign + groups.joined(separator: groupSeparator)
    }

    /// The mantissa text (hyphen-minus, `decimals` decimals) and exponent of `value`, as `%e` rounds them.
    private static func decimalParts(_ value: Double, decimals: Int) -> (String, Int) {
        let text = String(format: "%.\(max(0, min(decimals, 17)))e", value)
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else { return (text, 0) }
        return (String(text[..<e]), exponent)
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.last == "0" { result.removeLast() }
        if result.last == "." { result.removeLast() }
        return result
    }
}
