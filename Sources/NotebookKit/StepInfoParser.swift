/// Reads a step's info string, the part of the opening fence line from `{` to `}`:
///
///     ```{plot loss}
///     ```{train epochs=10 caption="Loss, log scale"}
///
/// The name is the words before the first `key=value`, joined by one space. Each
/// `key=value` becomes an option; a value is either bare (up to a blank or `}`)
/// or double-quoted (`\"` and `\\` escape a quote and a backslash inside). Only
/// blanks may follow the closing `}`.
struct StepInfoParser {
    struct Result {
        var name: String
        var nameLocation: SourceLocation
        var options: [StepLine]
    }

    let path: String
    let line: Int

    /// Parses `bytes` (one line) from the `{` at index `open`.
    func parse(_ bytes: ArraySlice<UInt8>, open: Int) throws(Diagnostic) -> Result {
        var words: [String] = []
        var nameLocation: SourceLocation?
        var options: [StepLine] = []
        var index = open + 1
        while true {
            while index < bytes.endIndex, ASCII.isBlank(bytes[index]) { index += 1 }
            guard index < bytes.endIndex else {
                throw Diagnostic.error(
                    "step info string has no closing '}'", at: location(open, in: bytes),
                    notes: ["a step's fence line looks like ```{train epochs=10}"])
            }
            if bytes[index] == ASCII.closeBrace {
                let after = bytes[(index + 1)...]
                if let extra = after.firstIndex(where: { !ASCII.isBlank($0) }) {
                    throw Diagnostic.error(
                        "unexpected text after '}' in the step's info string", at: location(extra, in: bytes),
                        length: after.endIndex - extra)
                }
                break
            }
            let wordStart = index
            while index < bytes.endIndex, !ASCII.isBlank(bytes[index]), bytes[index] != ASCII.closeBrace,
                  bytes[index] != ASCII.equals {
                index += 1
            }
            let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
            if index < bytes.endIndex, bytes[index] == ASCII.equals {
                guard !word.isEmpty else {
                    throw Diagnostic.error("'=' must follow an option name, as in 'epochs=10'", at: location(index, in: bytes))
                }
                let (value, valueStart, end) = try readValue(bytes, from: index + 1)
                options.append(StepLine(
                    kind: .option(key: word, value: value, valueLocation: location(valueStart, in: bytes)),
                    location: location(wordStart, in: bytes),
                    text: String(decoding: bytes[wordStart..<end], as: UTF8.self)))
                index = end
            } else if options.isEmpty {
                if nameLocation == nil { nameLocation = location(wordStart, in: bytes) }
                words.append(word)
            } else {
                throw Diagnostic.error(
                    "expected 'key=value' after the step's options, found '\(word)'",
                    at: location(wordStart, in: bytes), length: index - wordStart,
                    notes: ["write the step's name first: {plot loss title=\"Loss\"}"])
            }
        }
        guard let nameLocation else {
            throw Diagnostic.error(
                "step has no name; write it inside the braces, such as '{train}'", at: location(open, in: bytes))
        }
        return Result(name: words.joined(separator: " "), nameLocation: nameLocation, options: options)
    }

    /// A bare or double-quoted value starting at `start`: its text (quotes and escapes
    /// removed), where its text starts, and the index just past it.
    private func readValue(_ bytes: ArraySlice<UInt8>, from start: Int) throws(Diagnostic) -> (String, Int, Int) {
        guard start < bytes.endIndex, bytes[start] == ASCII.quote else {
            var end = start
            while end < bytes.endIndex, !ASCII.isBlank(bytes[end]), bytes[end] != ASCII.closeBrace { end += 1 }
            return (String(decoding: bytes[start..<end], as: UTF8.self), start, end)
        }
        var value: [UInt8] = []
        var index = start + 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == ASCII.quote { return (String(decoding: value, as: UTF8.self), start + 1, index + 1) }
            if byte == ASCII.backslash, index + 1 < bytes.endIndex,
               bytes[index + 1] == ASCII.quote || bytes[index + 1] == ASCII.backslash {
                value.append(bytes[index + 1])
                index += 2
                continue
            }
            value.append(byte)
            index += 1
        }
        throw Diagnostic.error("quoted value is never closed with '\"'", at: location(start, in: bytes))
    }

    private func location(_ index: Int, in bytes: ArraySlice<UInt8>) -> SourceLocation {
        SourceLocation(path: path, line: line, column: index - bytes.startIndex + 1)
    }
}
