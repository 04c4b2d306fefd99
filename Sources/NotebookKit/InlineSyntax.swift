/// Byte-level recognisers for the CommonMark inline constructs whose content is
/// raw (code spans, raw HTML, autolinks, link destinations), so the math scanner
/// can step over them. Each takes the bytes and the index of the construct's
/// first byte and returns the index just past its end, or nil when the bytes
/// there are not that construct.
enum InlineSyntax {
    /// A code span: a run of n backticks closed by the next run of exactly n.
    /// Returns nil when no closing run exists (the backticks are then literal).
    static func codeSpanEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        let openingLength = runLength(bytes, of: ASCII.backtick, at: start)
        var index = start + openingLength
        while index < bytes.count {
            if bytes[index] == ASCII.backtick {
                let length = runLength(bytes, of: ASCII.backtick, at: index)
                if length == openingLength { return index + length }
                index += length
            } else {
                index += 1
            }
        }
        return nil
    }

    /// How many `byte`s follow one another from `start`.
    static func runLength(_ bytes: [UInt8], of byte: UInt8, at start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == byte { index += 1 }
        return index - start
    }

    /// An autolink or a piece of raw inline HTML (open or closing tag, comment,
    /// processing instruction, declaration, CDATA section) starting at `<`.
    static func rawHTMLOrAutolinkEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        precondition(bytes[start] == ASCII.lessThan)
        return uriAutolinkEnd(bytes, at: start)
            ?? emailAutolinkEnd(bytes, at: start)
            ?? openTagEnd(bytes, at: start)
            ?? closingTagEnd(bytes, at: start)
            ?? commentEnd(bytes, at: start)
            ?? delimitedEnd(bytes, at: start, opener: "<?", closer: "?>")
            ?? delimitedEnd(bytes, at: start, opener: "<![CDATA[", closer: "]]>")
            ?? declarationEnd(bytes, at: start)
    }

    /// The end of a link destination after `](`: `<...>` or a run of non-space
    /// bytes with balanced parentheses (backslash escapes honoured). `start` is the
    /// index of `(`. What follows (an optional title, then `)`) is ordinary text.
    static func linkDestinationEnd(_ bytes: [UInt8], at start: Int) -> Int {
        var index = start + 1
        while index < bytes.count, ASCII.isWhitespace(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == ASCII.lessThan {
            var end = index + 1
            while end < bytes.count, bytes[end] != ASCII.newline, bytes[end] != ASCII.lessThan {
                if bytes[end] == ASCII.backslash, end + 1 < bytes.count { end += 2; continue }
                if bytes[end] == ASCII.greaterThan { return end + 1 }
                end += 1
            }
            return index
        }
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.backslash, index + 1 < bytes.count, ASCII.isPunctuation(bytes[index + 1]) {
                index += 2
                continue
            }
            if byte <= ASCII.space { break }
            if byte == ASCII.openParen { depth += 1 }
            if byte == ASCII.closeParen {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        return index
    }

    // MARK: - Autolinks

    /// `<scheme:...>`: a scheme of 2–32 letters, digits, `+`, `.`, `-` starting with a
    /// letter, `:`, then no spaces, controls, `<` or `>`.
    private static func uriAutolinkEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count, ASCII.isLetter(bytes[index]) else { return nil }
        while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || "+.-".utf8.contains(bytes[index]) {
            index += 1
        }
        let schemeLength = index - start - 1
        guard (2...32).contains(schemeLength), index < bytes.count, bytes[index] == ASCII.colon else { return nil }
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.greaterThan { return index + 1 }
            if byte <= ASCII.space || byte == ASCII.lessThan || byte == 0x7F { return nil }
            index += 1
        }
        return nil
    }

    /// `<local@domain>` with the HTML5 email grammar CommonMark uses.
    private static func emailAutolinkEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        let localExtras = ".!#$%&'*+/=?^_`{|}~-".utf8
        var index = start + 1
        while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || localExtras.contains(bytes[index]) {
            index += 1
        }
        guard index > start + 1, index < bytes.count, bytes[index] == UInt8(ascii: "@") else { return nil }
        index += 1
        while true {
            // A label: alphanumeric at both ends, hyphens inside, at most 63 bytes.
            let labelStart = index
            while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            let length = index - labelStart
            guard length >= 1, length <= 63, bytes[labelStart] != UInt8(ascii: "-"),
                  bytes[index - 1] != UInt8(ascii: "-") else { return nil }
            guard index < bytes.count else { return nil }
            if bytes[index] == ASCII.greaterThan { return index + 1 }
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
        }
    }

    // MARK: - Raw HTML

    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
    }

    /// `<name attributes... /?>`
    private static func openTagEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count, ASCII.isLetter(bytes[index]) else { return nil }
        while index < bytes.count, isTagNameByte(bytes[index]) { index += 1 }
        while true {
            let afterSpace = skipWhitespace(bytes, from: index)
            guard afterSpace < bytes.count else { return nil }
            let byte = bytes[afterSpace]
            if byte == ASCII.greaterThan { return afterSpace + 1 }
            if byte == UInt8(ascii: "/") {
                return afterSpace + 1 < bytes.count && bytes[afterSpace + 1] == ASCII.greaterThan ? afterSpace + 2 : nil
            }
            // An attribute needs whitespace before it.
            guard afterSpace > index, let attributeEnd = attributeEnd(bytes, at: afterSpace) else { return nil }
            index = attributeEnd
        }
    }

    /// `name` optionally followed by `= value` (unquoted, 'single' or "double" quoted).
    private static func attributeEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        let first = bytes[start]
        guard ASCII.isLetter(first) || first == UInt8(ascii: "_") || first == ASCII.colon else { return nil }
        var index = start + 1
        while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || "_.:-".utf8.contains(bytes[index]) {
            index += 1
        }
        let beforeEquals = skipWhitespace(bytes, from: index)
        guard beforeEquals < bytes.count, bytes[beforeEquals] == ASCII.equals else { return index }
        var valueStart = skipWhitespace(bytes, from: beforeEquals + 1)
        guard valueStart < bytes.count else { return nil }
        let quote = bytes[valueStart]
        if quote == ASCII.quote || quote == UInt8(ascii: "'") {
            valueStart += 1
            while valueStart < bytes.count, bytes[valueStart] != quote { valueStart += 1 }
            return valueStart < bytes.count ? valueStart + 1 : nil
        }
        var valueEnd = valueStart
        while valueEnd < bytes.count, !ASCII.isWhitespace(bytes[valueEnd]),
              !"\"'=<>`".utf8.contains(bytes[valueEnd]) {
            valueEnd += 1
        }
        return valueEnd > valueStart ? valueEnd : nil
    }

    /// `</name>`
    private static func closingTagEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        guard start + 2 < bytes.count, bytes[start + 1] == UInt8(ascii: "/"), ASCII.isLetter(bytes[start + 2]) else {
            return nil
        }
        var index = start + 3
        while index < bytes.count, isTagNameByte(bytes[index]) { index += 1 }
        index = skipWhitespace(bytes, from: index)
        return index < bytes.count && bytes[index] == ASCII.greaterThan ? index + 1 : nil
    }

    /// `<!-- text -->` where text does not start with `>` or `->`, does not end with `-`
    /// and does not contain `--` (CommonMark 0.30).
    private static func commentEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        guard hasPrefix(bytes, "<!--", at: start) else { return nil }
        let textStart = start + 4
        if hasPrefix(bytes, ">", at: textStart) || hasPrefix(bytes, "->", at: textStart) { return nil }
        var index = textStart
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-") {
                let endsHere = index + 2 < bytes.count && bytes[index + 2] == ASCII.greaterThan
                return endsHere ? index + 3 : nil
            }
            index += 1
        }
        return nil
    }

    /// `<!X...>` with X an ASCII letter.
    private static func declarationEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        guard start + 2 < bytes.count, bytes[start + 1] == UInt8(ascii: "!"), ASCII.isLetter(bytes[start + 2]) else {
            return nil
        }
        var index = start + 3
        while index < bytes.count {
            if bytes[index] == ASCII.greaterThan { return index + 1 }
            index += 1
        }
        return nil
    }

    private static func delimitedEnd(_ bytes: [UInt8], at start: Int, opener: String, closer: String) -> Int? {
        guard hasPrefix(bytes, opener, at: start) else { return nil }
        var index = start + opener.utf8.count
        while index < bytes.count {
            if hasPrefix(bytes, closer, at: index) { return index + closer.utf8.count }
            index += 1
        }
        return nil
    }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: String, at start: Int) -> Bool {
        var index = start
        for byte in prefix.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    private static func skipWhitespace(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, ASCII.isWhitespace(bytes[index]) { index += 1 }
        return index
    }
}
