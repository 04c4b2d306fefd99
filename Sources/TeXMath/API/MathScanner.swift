/// Finds math spans in a piece of prose text.
///
/// Rules (those of Pandoc's `tex_math_dollars` and `tex_math_single_backslash`):
/// - `$$...$$` and `\[...\]` are display math and may span lines;
/// - `$...$` is inline math when the opening `$` is not followed by a space, the
///   closing `$` is not preceded by a space nor followed by a digit, and no blank
///   line comes between (so "costs $5 and $6" is not math);
/// - `\(...\)` is inline math; `\$` is a literal dollar sign.
/// A span whose closing delimiter is missing is left as prose.
public enum MathScanner {
    public static func spans(in text: String) -> [MathSpan] {
        let bytes = Array(text.utf8)
        var spans: [MathSpan] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "("), let span = delimited(bytes, from: index, open: 2, close: Array(#"\)"#.utf8), display: false) {
                    spans.append(span)
                    index = span.range.upperBound
                } else if next == UInt8(ascii: "["), let span = delimited(bytes, from: index, open: 2, close: Array(#"\]"#.utf8), display: true) {
                    spans.append(span)
                    index = span.range.upperBound
                } else {
                    index += 2
                }
                continue
            }
            guard byte == UInt8(ascii: "$") else {
                index += 1
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "$") {
                if let span = delimited(bytes, from: index, open: 2, close: Array("$$".utf8), display: true) {
                    spans.append(span)
                    index = span.range.upperBound
                } else {
                    index += 2
                }
                continue
            }
            if let span = inlineDollar(bytes, from: index) {
                spans.append(span)
                index = span.range.upperBound
            } else {
                index += 1
            }
        }
        return spans
    }

    private static func delimited(_ bytes: [UInt8], from start: Int, open: Int, close: [UInt8], display: Bool) -> MathSpan? {
        let closeIsCommand = close[0] == UInt8(ascii: "\\")
        var index = start + open
        while index < bytes.count {
            if closeIsCommand, bytes[index...].starts(with: close) {
                return span(bytes, start: start, texStart: start + open, texEnd: index, end: index + close.count, display: display)
            }
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index...].starts(with: close) {
                return span(bytes, start: start, texStart: start + open, texEnd: index, end: index + close.count, display: display)
            }
            if isBlankLine(bytes, at: index) { return nil }
            index += 1
        }
        return nil
    }

    private static func inlineDollar(_ bytes: [UInt8], from start: Int) -> MathSpan? {
        let first = start + 1
        guard first < bytes.count, !isSpace(bytes[first]) else { return nil }
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "$") {
                let followedByDigit = index + 1 < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 1])
                guard index > first, !isSpace(bytes[index - 1]), !followedByDigit else { return nil }
                return span(bytes, start: start, texStart: first, texEnd: index, end: index + 1, display: false)
            }
            if isBlankLine(bytes, at: index) { return nil }
            index += 1
        }
        return nil
    }

    private static func span(_ bytes: [UInt8], start: Int, texStart: Int, texEnd: Int, end: Int, display: Bool) -> MathSpan {
        let tex = String(decoding: bytes[texStart..<texEnd], as: UTF8.self)
        return MathSpan(range: start..<end, texOffset: texStart, tex: tex, display: display)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Whether a line break at `index` is followed by a line of only spaces.
    private static func isBlankLine(_ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: "\n") else { return false }
        var look = index + 1
        while look < bytes.count, bytes[look] == UInt8(ascii: " ") || bytes[look] == UInt8(ascii: "\t") || bytes[look] == UInt8(ascii: "\r") {
            look += 1
        }
        return look >= bytes.count || bytes[look] == UInt8(ascii: "\n")
    }
}
