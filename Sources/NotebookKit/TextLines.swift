/// The UTF-8 bytes of a text and where each line starts, so that a byte offset
/// becomes a 1-based line and a 1-based UTF-8 byte column (cmark's convention).
///
/// Lines end at `\n`; a `\r` before it is not part of the line's content.
struct TextLines: Sendable {
    let bytes: [UInt8]
    /// `lineStarts[k]` is the offset of the first byte of line `k + 1`.
    let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == ASCII.newline {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The byte range of 1-based `line`, without its `\n` or `\r\n`.
    func range(ofLine line: Int) -> Range<Int> {
        precondition(line >= 1 && line <= lineCount, "line \(line) out of 1...\(lineCount)")
        let start = lineStarts[line - 1]
        var end = line < lineCount ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
        return start..<end
    }

    /// The bytes of 1-based `line`, without its terminator.
    func content(ofLine line: Int) -> ArraySlice<UInt8> {
        bytes[range(ofLine: line)]
    }

    /// The text of 1-based `line`, without its terminator.
    func text(ofLine line: Int) -> String {
        String(decoding: content(ofLine: line), as: UTF8.self)
    }

    /// The 1-based line and byte column of byte `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        // The last line start not after `offset` (binary search).
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}

/// The ASCII bytes the scanners look at.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let dollar = UInt8(ascii: "$")
    static let backslash = UInt8(ascii: "\\")
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")

    /// Space or tab: the blanks that separate words on a line.
    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Space, tab, line feed, carriage return (and the other ASCII controls cmark treats as space).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn || byte == 0x0B || byte == 0x0C
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    /// CommonMark's ASCII punctuation, the characters a backslash can escape.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }
}
