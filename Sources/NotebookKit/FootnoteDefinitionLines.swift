/// A footnote definition, `[^name]: text`, and the lines that belong to it: lines
/// indented four or more columns (blank lines between them included), and lines
/// continuing its text directly (a paragraph's lazy continuation).
enum FootnoteDefinitionLines {
    struct Found {
        var name: String
        /// The byte offset of the content on the first line.
        var contentStart: Int
        var lastLine: Int
    }

    static func find(_ lines: [[UInt8]], line: Int, start: Int) -> Found? {
        let bytes = lines[line - 1]
        guard InlineSyntax.hasPrefix(bytes, "[^", at: start) else { return nil }
        var index = start + 2
        while index < bytes.count, bytes[index] != ASCII.closeBracket, !ASCII.isWhitespace(bytes[index]),
              bytes[index] != ASCII.openBracket {
            index += 1
        }
        guard index > start + 2, index + 1 < bytes.count, bytes[index] == ASCII.closeBracket,
              bytes[index + 1] == ASCII.colon else { return nil }
        let name = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
        var contentStart = index + 2
        while contentStart < bytes.count, ASCII.isBlank(bytes[contentStart]) { contentStart += 1 }

        var last = line
        var previousBlank = contentStart == bytes.count
        var number = line + 1
        while number <= lines.count {
            let current = lines[number - 1]
            if LineShape.isBlank(current) {
                previousBlank = true
                number += 1
                continue
            }
            let indent = LineShape.indent(current)
            let continues = indent.columns >= 4 || (!previousBlank && !startsBlock(current, at: indent.bytes))
            guard continues else { break }
            last = number
            previousBlank = false
            number += 1
        }
        return Found(name: name, contentStart: contentStart, lastLine: last)
    }

    /// Whether a line would end a paragraph rather than continue it lazily.
    private static func startsBlock(_ bytes: [UInt8], at start: Int) -> Bool {
        ["[^", "#", ">", ":::", "$$", "```", "~~~", "- ", "* ", "+ "].contains { InlineSyntax.hasPrefix(bytes, $0, at: start) }
    }
}
