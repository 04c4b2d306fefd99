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
