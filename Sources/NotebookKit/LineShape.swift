/// What a single Markdown line starts with, read from its bytes (no cmark).
enum LineShape {
    /// Leading spaces (a tab counts as four, as CommonMark's tab stops do at line start).
    static func indent(_ bytes: [UInt8]) -> (columns: Int, bytes: Int) {
        var columns = 0
        var count = 0
        while count < bytes.count {
            if bytes[count] == ASCII.space { columns += 1 } else if bytes[count] == ASCII.tab { columns += 4 - columns % 4 } else { break }
            count += 1
        }
        return (columns, count)
    }

    static func isBlank(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy(ASCII.isBlank) }

    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy(ASCII.isBlank) }

    /// A code fence opener at `start`: three or more backticks or tildes; for backticks
    /// the info string may not hold a backtick.
    static func codeFence(_ bytes: [UInt8], at start: Int) -> (byte: UInt8, length: Int, info: String)? {
        guard start < bytes.count, bytes[start] == ASCII.backtick || bytes[start] == ASCII.tilde else { return nil }
        let byte = bytes[start]
        let length = InlineSyntax.runLength(bytes, of: byte, at: start)
        guard length >= 3 else { return nil }
        let info = bytes[(start + length)...]
        if byte == ASCII.backtick, info.contains(ASCII.backtick) { return nil }
        return (byte, length, String(decoding: info, as: UTF8.self).trimmingBlanks())
    }

    /// Whether `bytes` closes a fence of `length` `byte`s: up to three spaces, at least
    /// `length` of them, then blanks.
    static func closesFence(_ bytes: [UInt8], byte: UInt8, length: Int) -> Bool {
        let indent = self.indent(bytes)
        guard indent.columns <= 3 else { return false }
        let run = InlineSyntax.runLength(bytes, of: byte, at: indent.bytes)
        return run >= length && isBlank(bytes[(indent.bytes + run)...])
    }

    /// A run of three or more colons at `start` and what follows it, trimmed.
    static func colonFence(_ bytes: [UInt8], at start: Int) -> (length: Int, rest: String)? {
        let length = InlineSyntax.runLength(bytes, of: ASCII.colon, at: start)
        guard length >= 3 else { return nil }
        return (length, String(decoding: bytes[(start + length)...], as: UTF8.self).trimmingBlanks())
    }
}
