import Markup
import NotebookKit

/// Parses option values: numbers, booleans, lists, matrix literals and
/// call-like values such as `uniform(-1, 1)`. Errors point at the offending
/// characters of the value.
public enum ValueParser {
    public static func number(_ value: OptionValue) throws(Diagnostic) -> Double {
        let text = value.text.trimmed
        guard let number = parseNumber(text) else {
            throw value.error("'\(text)' is not a number")
        }
        return number
    }

    public static func integer(_ value: OptionValue, in range: ClosedRange<Int>) throws(Diagnostic) -> Int {
        let text = value.text.trimmed.replacingAll("_", with: "")
        guard let integer = Int(text) else {
            // Accept 1e3-style integers written as exact numbers.
            if let number = parseNumber(text), number.rounded() == number, abs(number) < 1e15 {
                return try check(Int(number), in: range, value)
            }
            throw value.error("'\(value.text.trimmed)' is not a whole number")
        }
        return try check(integer, in: range, value)
    }

    private static func check(_ integer: Int, in range: ClosedRange<Int>, _ value: OptionValue) throws(Diagnostic) -> Int {
        guard range.contains(integer) else {
            if range.upperBound == Int.max {
                throw value.error("\(integer) is too small: the value must be at least \(range.lowerBound)")
            }
            throw value.error("\(integer) is out of range: the value must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return integer
    }

    public static func boolean(_ value: OptionValue) throws(Diagnostic) -> Bool {
        switch value.text.trimmed.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw value.error("'\(value.text.trimmed)' is not true or false")
        }
    }

    /// `10, 5, 1` or `[10, 5, 1]`.
    public static func numberList(_ value: OptionValue) throws(Diagnostic) -> [Double] {
        var items: [Double] = []
        for (text, offset) in listItems(value.text) {
            guard let number = parseNumber(text) else {
                throw value.error("'\(text)' is not a number", offset: offset, length: text.utf8.count)
            }
            items.append(number)
        }
        guard !items.isEmpty else { throw value.error("expected at least one number") }
        return items
    }

    public static func integerList(_ value: OptionValue, in range: ClosedRange<Int>) throws(Diagnostic) -> [Int] {
        var items: [Int] = []
        for (text, offset) in listItems(value.text) {
            guard let integer = Int(text) else {
                throw value.error("'\(text)' is not a whole number", offset: offset, length: text.utf8.count)
            }
            guard range.contains(integer) else {
                throw value.error("\(integer) is out of range (at least \(range.lowerBound))", offset: offset, length: text.utf8.count)
            }
            items.append(integer)
        }
        guard !items.isEmpty else { throw value.error("expected at least one whole number") }
        return items
    }

    /// Splits `a, b, c` or `[a, b, c]` into trimmed items with their byte offsets.
    static func listItems(_ text: String) -> [(String, Int)] {
        var body = Substring(text)
        var base = 0
        let trimmedStart = body.prefix { $0 == " " || $0 == "\t" }
        base += trimmedStart.utf8.count
        body = body.dropFirst(trimmedStart.count)
        if body.hasPrefix("["), body.trimmingTrailingSpaces.hasSuffix("]") {
            body = body.dropFirst().trimmingTrailingSpaces.dropLast()
            base += 1
        }
        var items: [(String, Int)] = []
        var offset = base
        for part in body.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " || $0 == "\t" }.utf8.count
            let item = String(part).trimmed
            if !item.isEmpty { items.append((item, offset + leading)) }
            offset += part.utf8.count + 1
        }
        return items
    }

    /// A matrix literal: `[[1, 0], [0, 1]]` (rows) or `[1, 2, 3]` (one row).
    public static func matrix(_ value: OptionValue) throws(Diagnostic) -> [[Double]] {
        var parser = MatrixLiteralParser(bytes: Array(value.text.utf8), value: value)
        return try parser.parse()
    }

    /// A call-like value `name(arg, arg)` or a bare `name`; arguments are numbers.
    public static func call(_ value: OptionValue) throws(Diagnostic) -> (name: String, arguments: [Double]) {
        let text = value.text.trimmed
        guard let open = text.firstIndex(of: "(") else {
            return (text.lowercased(), [])
        }
        guard text.hasSuffix(")") else {
            throw value.error("missing ')' in '\(text)'")
        }
        let name = String(text[..<open]).trimmed.lowercased()
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        let innerOffset = text[...open].utf8.count + (value.text.utf8.count - value.text.trimmedLeading.utf8.count)
        var arguments: [Double] = []
        for (item, offset) in listItems(inner) {
            guard let number = parseNumber(item) else {
                throw value.error("'\(item)' is not a number", offset: innerOffset + offset, length: item.utf8.count)
            }
            arguments.append(number)
        }
        return (name, arguments)
    }

    /// A finite number: `0.1`, `-3`, `1e-5`, `1_000`.
    static func parseNumber(_ text: String) -> Double? {
        let cleaned = text.replacingAll("_", with: "")
        guard !cleaned.isEmpty, let number = Double(cleaned), number.isFinite else { return nil }
        // Double("nan"), "inf" and hex floats are not notebook numbers.
        guard cleaned.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else { return nil }
        return number
    }
}

extension StringProtocol {
    var trimmed: String {
        String(self).trimmingCharacters(in: " \t")
    }

    var trimmedLeading: Substring {
        Substring(self).drop { $0 == " " || $0 == "\t" }
    }

    var trimmingTrailingSpaces: Substring {
        var result = Substring(self)
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }

}
