/// Splits TeX math source into ``Token``s.
///
/// Follows TeX's category codes for math: `\` starts a command (a run of ASCII
/// letters, or one other character), `{ } ^ _ &` are special, `%` comments to
/// the end of the line, and whitespace runs become one `.space`. A control
/// character other than tab, line feed or carriage return is an error: in
/// OCR'd or JSON-mangled sources it is usually a backslash sequence such as
/// `\f` of `\frac` that was decoded as an escape.
struct Tokenizer {
    let source: String

    func tokens() throws(MathSyntaxError) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(source.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var byteOffset = 0
        for scalar in scalars {
            offsets.append(byteOffset)
            byteOffset += UTF8.width(scalar)
        }
        offsets.append(byteOffset)

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let offset = offsets[index]
            switch scalar {
            case "\\":
                index += 1
                guard index < scalars.count else {
                    throw MathSyntaxError("a lone backslash ends the formula", at: offset)
                }
                if Self.isLetter(scalars[index]) {
                    var name = String.UnicodeScalarView()
                    while index < scalars.count, Self.isLetter(scalars[index]) {
                        name.append(scalars[index])
                        index += 1
                    }
                    tokens.append(Token(kind: .command(String(name)), offset: offset))
                } else {
                    let escaped = scalars[index]
                    guard !Self.isForbiddenControl(escaped) else {
                        throw Self.controlCharacterError(escaped, at: offsets[index])
                    }
                    // A backslash before a tab or line break is a control space, like `\ `.
                    let name = escaped == "\t" || escaped == "\n" || escaped == "\r" ? " " : String(Character(escaped))
                    tokens.append(Token(kind: .command(name), offset: offset))
                    index += 1
                }
            case "%":
                while index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" { index += 1 }
            case " ", "\t", "\n", "\r":
                while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 }
                tokens.append(Token(kind: .space, offset: offset))
            default:
                guard !Self.isForbiddenControl(scalar) else {
                    throw Self.controlCharacterError(scalar, at: offset)
                }
                let kind: Token.Kind
                switch scalar {
                case "{": kind = .beginGroup
                case "}": kind = .endGroup
                case "^": kind = .superscriptMark
                case "_": kind = .subscriptMark
                case "&": kind = .alignmentTab
                default: kind = .character(scalar)
                }
                tokens.append(Token(kind: kind, offset: offset))
                index += 1
            }
        }
        return tokens
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// C0 controls other than tab, line feed and carriage return, and DEL.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }

    private static func controlCharacterError(_ scalar: Unicode.Scalar, at offset: Int) -> MathSyntaxError {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return MathSyntaxError(
            "control character U+\(padded) in the formula (a backslash sequence decoded as an escape?)",
            at: offset
        )
    }
}
