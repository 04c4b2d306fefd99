/// A GitHub alert's first line, `> [!NOTE]`: a block quote whose first line is `[!KIND]`
/// alone. Obsidian's additions are read too: a `-` (folded) or `+` (foldable, open)
/// right after `]`, and a title after it (`> [!TIP]- Why the bias?`).
/// The alert is the run of `>` lines that follows.
enum GitHubAlert {
    struct Opening {
        var kind: CalloutKind
        var collapse: CalloutCollapse
        /// The title and its byte column on the line.
        var title: (text: String, column: Int)?
    }

    /// The alert opened at `bytes[start...]`, nil when the line is not `> [!WORD]…`;
    /// an unknown WORD is an error.
    static func read(_ bytes: [UInt8], at start: Int, location: SourceLocation) throws(Diagnostic) -> Opening? {
        guard start < bytes.count, bytes[start] == ASCII.greaterThan else { return nil }
        var index = start + 1
        while index < bytes.count, ASCII.isBlank(bytes[index]) { index += 1 }
        guard InlineSyntax.hasPrefix(bytes, "[!", at: index) else { return nil }
        let nameStart = index + 2
        var nameEnd = nameStart
        while nameEnd < bytes.count, ASCII.isLetter(bytes[nameEnd]) { nameEnd += 1 }
        guard nameEnd > nameStart, nameEnd < bytes.count, bytes[nameEnd] == ASCII.closeBracket else { return nil }
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        var after = nameEnd + 1
        var collapse = CalloutCollapse.none
        if after < bytes.count, bytes[after] == UInt8(ascii: "-") { collapse = .closed; after += 1 }
        else if after < bytes.count, bytes[after] == UInt8(ascii: "+") { collapse = .open; after += 1 }
        guard after == bytes.count || ASCII.isBlank(bytes[after]) else { return nil }
        guard let kind = CalloutKind(name: name) else {
            throw ColonFence.unknownKind(
                name.uppercased(), at: location.advanced(by: nameStart - start), length: nameEnd - nameStart,
                syntax: "alert", prefix: "", uppercase: true)
        }
        while after < bytes.count, ASCII.isBlank(bytes[after]) { after += 1 }
        var end = bytes.count
        while end > after, ASCII.isBlank(bytes[end - 1]) { end -= 1 }
        let title = end > after ? (String(decoding: bytes[after..<end], as: UTF8.self), after + 1) : nil
        return Opening(kind: kind, collapse: collapse, title: title)
    }

    /// Where a quote line's content starts: after up to three spaces, `>` and one blank.
    static func contentStart(_ bytes: [UInt8]) -> Int {
        let indent = LineShape.indent(bytes)
        guard indent.bytes < bytes.count, bytes[indent.bytes] == ASCII.greaterThan else { return indent.bytes }
        let afterMarker = indent.bytes + 1
        return afterMarker < bytes.count && ASCII.isBlank(bytes[afterMarker]) ? afterMarker + 1 : afterMarker
    }
}
