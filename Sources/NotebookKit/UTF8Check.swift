/// Finds the first byte of a file that is not well-formed UTF-8 (RFC 3629: no
/// overlong forms, no surrogates, nothing above U+10FFFF) and says where it is.
public enum UTF8Check {
    /// An error at the first ill-formed byte of `bytes`, or nil when they are UTF-8.
    /// The location counts lines as ``SourceFile`` does (`\n`, `\r\n` or `\r` end a
    /// line) and columns in bytes.
    public static func firstError(in bytes: some Collection<UInt8>, path: String) -> Diagnostic? {
        let bytes = Array(bytes)
        guard let offset = firstInvalidOffset(bytes) else { return nil }
        var line = 1
        var lineStart = 0
        for index in 0..<offset {
            let byte = bytes[index]
            let endsLine = byte == ASCII.newline
                || (byte == ASCII.carriageReturn && !(index + 1 < offset && bytes[index + 1] == ASCII.newline))
            if endsLine {
                line += 1
                lineStart = index + 1
            }
        }
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return Diagnostic.error(
            "the file is not valid UTF-8 text: byte 0x\(hex.count == 1 ? "0" + hex : hex) does not start a UTF-8 character",
            at: SourceLocation(path: path, line: line, column: offset - lineStart + 1),
            notes: ["save the file as UTF-8"])
    }

    /// The offset of the first byte that does not start a well-formed sequence (a stray
    /// continuation byte, or a lead byte whose sequence is cut short or malformed).
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for position in 1..<length {
                guard index + position < bytes.count else { return index }
                let byte = bytes[index + position]
                let (min, max): (UInt8, UInt8) = position == 1 ? (low, high) : (0x80, 0xBF)
                guard byte >= min, byte <= max else { return index }
            }
            index += length
        }
        return nil
    }
}

/// Control characters have no place in a notebook: cmark would copy them into the HTML,
/// where HTML forbids them. Tab, line feed and form feed (CommonMark whitespace) are
/// allowed; a NUL has already become U+FFFD (see ``SourceFile``).
public enum ControlCharacters {
    /// Whether `scalar` is a C0 control other than tab, line feed, form feed and carriage
    /// return, DEL, or a C1 control.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D: false
        case 0x00..<0x20, 0x7F...0x9F: true
        default: false
        }
    }

    /// An error at the first forbidden control character of `source`, or nil.
    static func firstError(in source: SourceFile) -> Diagnostic? {
        for (index, line) in source.lines.enumerated() {
            var column = 1
            for scalar in line.unicodeScalars {
                if isForbidden(scalar) {
                    let code = String(scalar.value, radix: 16, uppercase: true)
                    return Diagnostic.error(
                        "control character U+\(String(repeating: "0", count: 4 - code.count) + code) is not allowed in a notebook",
                        at: source.location(line: index + 1, column: column),
                        notes: ["delete it; it is invisible in most editors"])
                }
                column += UTF8.width(scalar)
            }
        }
        return nil
    }

    /// `text` with each forbidden control character replaced by U+FFFD.
    static func replaced(in text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }
}
