/// A display formula that starts a line: `$$ … $$`, `\[ … \]` or a LaTeX display
/// environment `\begin{equation}` … `\end{equation}` (also `equation*`, `align`,
/// `align*`, `gather`, `gather*`, `multline`, `multline*`). It may span lines but
/// not a blank line (as in pandoc and LaTeX). After the closer the line must be
/// blank, hold a label `{#eq-name}`, or — when the formula spans lines — any text,
/// which stays after the token.
enum DisplayMathLines {
    struct Found {
        var tex: String
        /// The byte column of the TeX's first byte on the opening line.
        var texColumn: Int
        var source: String
        var label: String?
        var lastLine: Int
        /// Text after the closer that is not a label (kept on the token's line).
        var trailing: String
    }

    static let environments: Set<String> = [
        "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*",
    ]

    static func find(_ lines: [[UInt8]], line: Int, start: Int) -> Found? {
        let bytes = lines[line - 1]
        let opener: (length: Int, closer: [UInt8], includeDelimiters: Bool)
        if InlineSyntax.hasPrefix(bytes, "$$", at: start) {
            opener = (2, Array("$$".utf8), false)
        } else if InlineSyntax.hasPrefix(bytes, "\\[", at: start) {
            opener = (2, Array("\\]".utf8), false)
        } else if InlineSyntax.hasPrefix(bytes, "\\begin{", at: start),
                  let close = bytes[(start + 7)...].firstIndex(of: ASCII.closeBrace),
                  case let name = String(decoding: bytes[(start + 7)..<close], as: UTF8.self),
                  environments.contains(name) {
            opener = (0, Array("\\end{\(name)}".utf8), true)
        } else {
            return nil
        }
        // Find the closer, stepping over `\x` pairs (so `\$` and `\\` never close), and
        // never across a blank line.
        let closer = String(decoding: opener.closer, as: UTF8.self)
        var number = line
        var index = start + (opener.includeDelimiters ? 1 : opener.length)
        var texParts: [ArraySlice<UInt8>] = []
        var partStart = start + opener.length
        while number <= lines.count {
            let current = lines[number - 1]
            if number > line, LineShape.isBlank(current) { return nil }
            var closedAt: Int?
            while index < current.count {
                if InlineSyntax.hasPrefix(current, closer, at: index) {
                    closedAt = index
                    break
                }
                index += current[index] == ASCII.backslash ? 2 : 1
            }
            if let closedAt {
                let texEnd = opener.includeDelimiters ? closedAt + opener.closer.count : closedAt
                texParts.append(current[min(partStart, texEnd)..<texEnd])
                let tex = texParts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
                guard !tex.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) else { return nil }
                let after = current[(closedAt + opener.closer.count)...]
                let afterText = String(decoding: after, as: UTF8.self)
                var label: String?
                var trailing = ""
                if LineShape.isBlank(after) {
                } else if let attributes = AttributeList(afterText[...]), let identifier = attributes.identifier {
                    label = identifier
                } else if number > line {
                    trailing = afterText
                } else {
                    return nil
                }
                var sourceLines = (line...number).map { String(decoding: lines[$0 - 1], as: UTF8.self) }
                sourceLines[sourceLines.count - 1] = String(decoding: current[..<(closedAt + opener.closer.count)], as: UTF8.self)
                sourceLines[0] = String(sourceLines[0].utf8.dropFirst(start)) ?? sourceLines[0]
                return Found(
                    tex: tex, texColumn: start + opener.length + 1, source: sourceLines.joined(separator: "\n"),
                    label: label, lastLine: number, trailing: trailing)
            }
            texParts.append(current[min(partStart, current.count)...])
            number += 1
            index = 0
            partStart = 0
        }
        return nil
    }
}
