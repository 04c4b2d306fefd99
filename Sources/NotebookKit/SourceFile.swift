/// The text of a notebook with fast access to its lines, for diagnostics.
///
/// The text is normalised once, here, the way cmark reads it, so every later stage
/// (front matter, cmark, step reader, diagnostics) counts the same lines and bytes:
/// `\r\n` and a lone `\r` both become `\n` (columns are unchanged: a `\r` only
/// ever ends a line), and a NUL byte becomes U+FFFD.
public struct SourceFile: Sendable {
    public let path: String
    /// The text with every line ending written `\n`.
    public let text: String
    /// The lines without their terminators; `lines[0]` is line 1.
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.text = Self.normalized(text)
        self.lines = self.text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// `text` with `\r\n` and lone `\r` replaced by `\n` and NUL by U+FFFD
    /// (unchanged when it has neither `\r` nor NUL).
    public static func normalized(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == ASCII.carriageReturn || $0 == 0 }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == ASCII.carriageReturn {
                output.append(ASCII.newline)
            } else if byte == 0 {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else if !(byte == ASCII.newline && previous == ASCII.carriageReturn) {
                output.append(byte)
            }
            previous = byte
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The text of 1-based line `number`, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// The location of the first byte of 1-based line `number`.
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
