/// Words for diagnostics: `path:line:col: severity: message`, the source line,
/// and a caret under the column (tabs in the source are kept so the caret lines up).
public struct DiagnosticFormatter: Sendable {
    public init() {}

    public func format(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        if let source, let line = source.line(diagnostic.location.line) {
            text += line + "\n"
            text += caretLine(for: line, column: diagnostic.location.column, length: diagnostic.length) + "\n"
        }
        for note in diagnostic.notes {
            text += "note: \(note)\n"
        }
        return text
    }

    /// Spaces (or the line's own tabs) up to the column, then `^` and `~` under the span.
    func caretLine(for line: Substring, column: Int, length: Int) -> String {
        let bytes = Array(line.utf8)
        let start = min(max(column - 1, 0), bytes.count)
        var prefix = ""
        // Count characters, not bytes, before the caret; keep tabs as tabs.
        for character in String(decoding: bytes[0..<start], as: UTF8.self) {
            prefix.append(character == "\t" ? "\t" : " ")
        }
        let end = min(start + max(length, 1), max(bytes.count, start + 1))
        let spanCharacters = max(1, String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self).count)
        return prefix + "^" + String(repeating: "~", count: spanCharacters - 1)
    }
}
