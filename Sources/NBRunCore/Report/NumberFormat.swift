import Markup
import Foundation

/// Deterministic number formatting for report tables and messages.
enum NumberFormat {
    /// `value` with exactly `digits` decimals and a true minus sign; never `−0.000`
    /// (a negative number that rounds to zero is shown as zero). Magnitudes of 10⁷
    /// and more use exponent form.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        if abs(value) >= 1e7 {
            return scientific(value, digits: max(2, min(digits, 6)))
        }
        var text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        return text.replacingAll("-", with: "−")
    }

    /// `1.23e-05` style with `digits` significant decimals, a true minus sign.
    static func scientific(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)e", value).replacingAll("-", with: "−")
    }

    /// A loss or error for prose and tables: 6 significant digits.
    static func loss(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : "∞" }
        return String(format: "%.6g", value).replacingAll("-", with: "−")
    }

    /// A value for a result card: 4 significant digits, exponent form below 10⁻³.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : "∞" }
        if value != 0, abs(value) < 1e-3 {
            // 2.215 × 10⁻⁴
            let exponent = Int((log10(abs(value))).rounded(.down))
            let mantissa = value / pow(10, Double(exponent))
            let superscripts: [Character: String] = ["-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                                                     "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
            let power = String(exponent).map { superscripts[$0] ?? String($0) }.joined()
            return String(format: "%.4g", mantissa).replacingAll("-", with: "−") + " × 10" + power
        }
        return String(format: "%.4g", value).replacingAll("-", with: "−")
    }

    /// A percentage with one decimal: `97.5%`.
    static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }

    /// Thousands grouped with thin spaces: `10 000`.
    static func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: "\u{2009}")
    }
}
