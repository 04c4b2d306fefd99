/// Splits a step's body into meaningful lines.
///
/// - `#` starts a comment when it begins the line or follows a blank (space or tab);
///   the comment runs to the end of the line.
/// - Lines that are blank once the comment is gone are dropped.
/// - `key: value` is an option when `key` starts with a letter and continues with
///   letters, digits, `-`, `_` and spaces, and the `:` is followed by a blank or the
///   end of the line. Anything else is an item (`dense 2 -> 3, bias: none` is an
///   item: its part before `:` holds `->` and `,`).
/// - While a line's `[` brackets are not all closed, the following meaningful lines
///   belong to it (joined with one space), so a matrix can span lines. A `[` still
///   open at the end of the body is an error at that `[`.
///
/// Locations are the UTF-8 byte columns of the first non-blank byte of the line and
/// of the value.
struct StepBodyParser {
    let path: String

    /// `lines` pairs each body line's number with its bytes (no line terminator).
    func parse(_ lines: [(number: Int, bytes: ArraySlice<UInt8>)]) throws(Diagnostic) -> [StepLine] {
        var result: [StepLine] = []
        var pending: (text: [UInt8], firstLine: Int, firstColumn: Int, firstLength: Int)?
        var openBrackets: [SourceLocation] = []
        for (number, bytes) in lines {
            guard let meaningful = Self.meaningfulRange(of: bytes) else { continue }
            let column = meaningful.lowerBound - bytes.startIndex + 1
            for index in meaningful {
                if bytes[index] == ASCII.openBracket {
                    openBrackets.append(location(line: number, column: index - bytes.startIndex + 1))
                } else if bytes[index] == ASCII.closeBracket, !openBrackets.isEmpty {
                    openBrackets.removeLast()
                }
            }
            if pending == nil {
                pending = (Array(bytes[meaningful]), number, column, meaningful.count)
            } else {
                pending?.text.append(ASCII.space)
                pending?.text.append(contentsOf: bytes[meaningful])
            }
            if openBrackets.isEmpty, let line = pending {
                result.append(stepLine(line.text, line: line.firstLine, column: line.firstColumn))
                pending = nil
            }
        }
        if let unclosed = openBrackets.first {
            throw Diagnostic.error(
                "'[' is never closed before the end of the step", at: unclosed,
                notes: ["a value whose '[' is open continues on the next lines until its ']'"])
        }
        return result
    }

    /// The line without its comment and surrounding blanks, or nil when nothing is left.
    static func meaningfulRange(of bytes: ArraySlice<UInt8>) -> Range<Int>? {
        var end = bytes.endIndex
        for index in bytes.indices where bytes[index] == ASCII.hash {
            if index == bytes.startIndex || ASCII.isBlank(bytes[index - 1]) {
                end = index
                break
            }
        }
        var start = bytes.startIndex
        while start < end, ASCII.isBlank(bytes[start]) { start += 1 }
        while end > start, ASCII.isBlank(bytes[end - 1]) || bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// An option when `text` starts with `key:` (see the type's rules), else an item.
    private func stepLine(_ bytes: [UInt8], line: Int, column: Int) -> StepLine {
        let text = String(decoding: bytes, as: UTF8.self)
        let lineLocation = location(line: line, column: column)
        guard let colon = Self.keyEnd(of: text) else {
            return StepLine(kind: .item(text), location: lineLocation, text: text)
        }
        let key = String(text[..<colon]).trimmingBlanks()
        let afterColon = text.utf8.index(after: colon)
        let rest = text[afterColon...]
        let valueStart = rest.firstIndex(where: { $0 != " " && $0 != "\t" }) ?? rest.endIndex
        let valueOffset = text.utf8.distance(from: text.startIndex, to: valueStart)
        return StepLine(
            kind: .option(
                key: key, value: String(text[valueStart...]),
                valueLocation: location(line: line, column: column + valueOffset)),
            location: lineLocation, text: text)
    }

    /// The index of the `:` ending a key: a letter, then letters, digits, `-`, `_` or
    /// spaces, then `:` followed by a blank or the end.
    static func keyEnd(of text: String) -> String.Index? {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
        var index = text.unicodeScalars.index(after: text.unicodeScalars.startIndex)
        while index < text.unicodeScalars.endIndex {
            let scalar = text.unicodeScalars[index]
            if scalar == ":" {
                let next = text.unicodeScalars.index(after: index)
                guard next == text.unicodeScalars.endIndex || text.unicodeScalars[next] == " "
                        || text.unicodeScalars[next] == "\t" else { return nil }
                return index
            }
            let allowed = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "-" || scalar == "_" || scalar == " " || scalar == "\t"
            guard allowed else { return nil }
            index = text.unicodeScalars.index(after: index)
        }
        return nil
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
