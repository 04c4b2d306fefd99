import NotebookKit

/// How a notebook writes one type of option value, and how nbrun reads it: the
/// parser (errors point at the offending characters) and the words the step
/// reference uses for the accepted values.
public struct ValueSyntax<Value: Sendable>: Sendable {
    /// The accepted values as the documentation names them, e.g. "number > 0".
    public let documentation: String
    let parse: @Sendable (OptionValue) throws(Diagnostic) -> Value
    /// A value as a notebook would write it (for defaults in the documentation; syntaxes
    /// whose values have no short written form, such as initializers, declare defaults
    /// with `defaultWritten:` instead).
    let written: @Sendable (Value) -> String

    public init(
        documentation: String, written: @escaping @Sendable (Value) -> String,
        parse: @escaping @Sendable (OptionValue) throws(Diagnostic) -> Value
    ) {
        self.documentation = documentation
        self.parse = parse
        self.written = written
    }
}

/// A choice written as one of its cases' raw values (`loss: cross-entropy`).
/// `CaseIterable` gives the documentation and the suggestions the full list, and
/// every `switch` over the enum must handle every case.
public protocol NotebookChoice: RawRepresentable<String>, CaseIterable, Sendable {}

extension ValueSyntax {
    /// One of `Value`'s cases, case-insensitive, with a suggestion when misspelled.
    public static func choice(_ type: Value.Type = Value.self) -> ValueSyntax where Value: NotebookChoice {
        let names = Value.allCases.map(\.rawValue)
        return ValueSyntax(documentation: names.map { "`\($0)`" }.joined(separator: ", "), written: \.rawValue) { value throws(Diagnostic) in
            let text = value.text.trimmed.lowercased()
            for choice in Value.allCases where choice.rawValue == text { return choice }
            if let suggestion = Suggestion.closest(to: text, among: names) {
                throw value.error("'\(value.text.trimmed)' is not a valid \(value.optionName); did you mean '\(suggestion)'?")
            }
            throw value.error("'\(value.text.trimmed)' is not a valid \(value.optionName)", length: value.text.trimmed.utf8.count)
                .with(note: "choose one of: " + names.joined(separator: ", "))
        }
    }
}

extension ValueSyntax where Value == Int {
    /// A whole number in `range` (`1_000` and `1e3` are accepted).
    public static func integer(_ range: ClosedRange<Int>) -> ValueSyntax {
        let words = range.upperBound == Int.max ? "integer ≥ \(range.lowerBound)" : "integer \(range.lowerBound)–\(range.upperBound)"
        return ValueSyntax(documentation: words, written: { String($0) }) { value throws(Diagnostic) in
            try ValueParser.integer(value, in: range)
        }
    }
}

extension ValueSyntax where Value == UInt32 {
    /// A seed: a whole number 0…2³² − 1.
    public static var seed: ValueSyntax {
        ValueSyntax(documentation: "integer 0–4294967295", written: { String($0) }) { value throws(Diagnostic) in
            UInt32(try ValueParser.integer(value, in: 0...Int(UInt32.max)))
        }
    }
}

extension ValueSyntax where Value == Double {
    /// Any finite number: `0.1`, `-3`, `1e-5`.
    public static var number: ValueSyntax {
        ValueSyntax(documentation: "number", written: NumberText.notebook) { value throws(Diagnostic) in
            try ValueParser.number(value)
        }
    }

    /// A number greater than 0.
    public static var positiveNumber: ValueSyntax {
        ValueSyntax(documentation: "number > 0", written: NumberText.notebook) { value throws(Diagnostic) in
            let number = try ValueParser.number(value)
            guard number > 0 else { throw value.error("\(value.optionName) must be greater than 0, not \(value.text.trimmed)") }
            return number
        }
    }

    /// A number strictly between 0 and 1.
    public static var fraction: ValueSyntax {
        ValueSyntax(documentation: "number in (0, 1)", written: NumberText.notebook) { value throws(Diagnostic) in
            let number = try ValueParser.number(value)
            guard number > 0 && number < 1 else {
                throw value.error("\(value.optionName) must be between 0 and 1 (exclusive), not \(value.text.trimmed)")
            }
            return number
        }
    }
}

extension ValueSyntax where Value == Bool {
    public static var boolean: ValueSyntax {
        ValueSyntax(documentation: "`true` or `false`", written: { $0 ? "true" : "false" }) { value throws(Diagnostic) in
            try ValueParser.boolean(value)
        }
    }
}

extension ValueSyntax where Value == String {
    /// Text as written, trimmed.
    public static var text: ValueSyntax {
        ValueSyntax(documentation: "text", written: { $0 }) { value throws(Diagnostic) in value.text.trimmed }
    }

    /// A file, relative to the notebook (resolved by the step that reads it).
    public static var path: ValueSyntax {
        ValueSyntax(documentation: "path relative to the notebook", written: { $0 }) { value throws(Diagnostic) in
            value.text.trimmed
        }
    }
}

extension ValueSyntax where Value == [String] {
    /// Comma-separated words: `setosa, versicolor, virginica`.
    public static var textList: ValueSyntax {
        ValueSyntax(documentation: "text, comma-separated", written: { $0.joined(separator: ", ") }) { value throws(Diagnostic) in
            value.text.split(separator: ",").map { String($0).trimmed }
        }
    }
}

extension ValueSyntax where Value == [Int] {
    /// `10, 5, 1` or `[10, 5, 1]`, each in `range`.
    public static func integerList(_ range: ClosedRange<Int>) -> ValueSyntax {
        ValueSyntax(documentation: "integers, comma-separated", written: { $0.map(String.init).joined(separator: ", ") }) { value throws(Diagnostic) in
            try ValueParser.integerList(value, in: range)
        }
    }
}

extension ValueSyntax where Value == [Double] {
    public static var numberList: ValueSyntax {
        ValueSyntax(documentation: "numbers, comma-separated", written: { $0.map(NumberText.notebook).joined(separator: ", ") }) { value throws(Diagnostic) in
            try ValueParser.numberList(value)
        }
    }
}

extension ValueSyntax where Value == [[Double]] {
    /// `[[1, 0], [0, 1]]` (rows) or `[1, 2, 3]` (one row).
    public static var matrix: ValueSyntax {
        ValueSyntax(documentation: "matrix `[[…], …]` or row `[…]`", written: { _ in "[…]" }) { value throws(Diagnostic) in
            try ValueParser.matrix(value)
        }
    }
}

extension ValueSyntax where Value == InlineMarkdown {
    /// Inline Markdown (may contain `$math$`), parsed as it is read, with the value's own
    /// location: a caption that makes a list or a heading is an error at the caption.
    /// (The report renders it again, with the run's `--safe` setting.)
    public static var inlineMarkdown: ValueSyntax {
        ValueSyntax(documentation: "inline Markdown", written: \.text) { value throws(Diagnostic) in
            let markdown = InlineMarkdown(value)
            _ = try NotebookParser().renderInline(markdown.text, at: markdown.location ?? value.location)
            return markdown
        }
    }
}

/// A number as a notebook writes it: `0.01`, `1e-5`, `100`.
enum NumberText {
    @Sendable static func notebook(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = "\(value)"
        // Swift writes 1e-05; notebooks write 1e-5.
        text = text.replacingAll("e-0", with: "e-").replacingAll("e+0", with: "e").replacingAll("e+", with: "e")
        return text
    }
}
