/// What a display formula's TeX says about its number, as LaTeX reads it:
/// `\label{eq:loss}` names it, `\tag{A}` gives it the number "A", `\nonumber` or
/// `\notag` takes its number away. The commands are blanked out of the TeX (replaced by
/// spaces, so positions in it stay the same) because the number is drawn beside the formula.
struct EquationTags: Equatable {
    var tex: String
    var label: String?
    var tag: String?
    var suppressed = false
    /// `equation`, `align`, `gather`, `multline` (unstarred): LaTeX numbers them without a label.
    var numberedEnvironment = false

    init(_ original: String) {
        var bytes = Array(original.utf8)
        func blank(_ range: Range<Int>) { for index in range { if bytes[index] != ASCII.newline { bytes[index] = ASCII.space } } }
        func argument(after command: String) -> (value: String, range: Range<Int>)? {
            guard let start = bytes.firstRange(of: Array(command.utf8)) else { return nil }
            var open = start.upperBound
            if open < bytes.count, bytes[open] == UInt8(ascii: "*") { open += 1 }
            guard open < bytes.count, bytes[open] == ASCII.openBrace,
                  let close = bytes[open...].firstIndex(of: ASCII.closeBrace) else { return nil }
            return (String(decoding: bytes[(open + 1)..<close], as: UTF8.self), start.lowerBound..<(close + 1))
        }
        if let found = argument(after: "\\label") {
            label = found.value.trimmingBlanks()
            blank(found.range)
        }
        if let found = argument(after: "\\tag") {
            tag = found.value
            blank(found.range)
        }
        for command in ["\\nonumber", "\\notag"] {
            while let range = bytes.firstRange(of: Array(command.utf8)) {
                suppressed = true
                blank(range)
            }
        }
        tex = String(decoding: bytes, as: UTF8.self)
        let trimmed = original.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        numberedEnvironment = ["equation", "align", "gather", "multline"].contains { trimmed.hasPrefix("\\begin{\($0)}") }
    }

    /// Whether the formula gets a number, given the label written after it (`{#eq-x}`).
    func isNumbered(attributeLabel: String?) -> Bool {
        tag != nil || (!suppressed && (label != nil || attributeLabel != nil || numberedEnvironment))
    }
}
