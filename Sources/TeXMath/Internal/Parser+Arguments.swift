/// Arguments of commands: braced groups, single tokens, `[...]` options, raw text.
extension Parser {
    /// A mandatory argument: a braced group or a single token (`\frac12`, `x^\alpha`).
    mutating func parseArgument(for command: String, at offset: Int) throws(MathSyntaxError) -> MathNode {
        skipSpaces()
        guard let token = peek else {
            throw MathSyntaxError("missing argument for \(command)", at: offset)
        }
        switch token.kind {
        case .beginGroup:
            return try parseGroup()
        case .endGroup, .alignmentTab, .superscriptMark, .subscriptMark:
            throw MathSyntaxError("missing argument for \(command)", at: offset)
        case .command(let name) where ["\\", "cr", "right", "middle", "end"].contains(name):
            throw MathSyntaxError("missing argument for \(command)", at: offset)
        case .character(let scalar) where Tokenizer.isLetter(scalar):
            // One token, as TeX reads it: `\frac ab` is a over b.
            advance()
            return .identifier(String(Character(styled(scalar))), upright: font == .roman)
        case .character(let scalar) where ("0"..."9").contains(scalar):
            advance()
            return .number(String(Character(styled(scalar))))
        default:
            return try parseAtom().finished
        }
    }

    /// `{...}` as one node; fonts changed inside end with the group.
    mutating func parseGroup() throws(MathSyntaxError) -> MathNode {
        let open = peek!
        precondition(open.kind == .beginGroup)
        advance()
        let savedFont = font
        defer { font = savedFont }
        let (nodes, end) = try parseRow()
        guard end == .endGroup else {
            if end == .endOfInput { throw MathSyntaxError("missing } for the { opened here", at: open.offset) }
            throw unexpectedEnd(end)
        }
        advance()
        return Self.rowNode(nodes)
    }

    /// `[...]` after a command such as `\sqrt`, when present.
    mutating func parseOptionalArgument() throws(MathSyntaxError) -> MathNode? {
        skipSpaces()
        guard let open = peek, open.isCharacter("[") else { return nil }
        advance()
        let (nodes, end) = try parseRow(closingAt: "]")
        guard end == .closingCharacter else {
            if end == .endOfInput { throw MathSyntaxError("missing ] for the [ opened here", at: open.offset) }
            throw unexpectedEnd(end)
        }
        advance()
        return Self.rowNode(nodes)
    }

    /// The raw text of a braced argument such as an environment name or a length.
    mutating func parseRawArgument(for command: String, at offset: Int) throws(MathSyntaxError) -> String {
        skipSpaces()
        guard let open = peek, open.kind == .beginGroup else {
            throw MathSyntaxError("missing {...} argument for \(command)", at: offset)
        }
        advance()
        var text = ""
        while let token = peek, token.kind != .endGroup {
            guard token.kind != .beginGroup else {
                throw MathSyntaxError("unexpected { in the argument of \(command)", at: token.offset)
            }
            text += token.kind == .space ? " " : token.spelling
            advance()
        }
        guard peek != nil else { throw MathSyntaxError("missing } for the { opened here", at: open.offset) }
        advance()
        return text.trimmingSpaces
    }

    /// Skips `[...]` after `\\` (a row gap such as `\\[2pt]`).
    mutating func skipOptionalBracketArgument() {
        var look = position
        while look < tokens.count, tokens[look].kind == .space { look += 1 }
        guard look < tokens.count, tokens[look].isCharacter("[") else { return }
        var close = look + 1
        while close < tokens.count, !tokens[close].isCharacter("]") {
            switch tokens[close].kind {
            case .character, .space: close += 1
            default: return
            }
        }
        guard close < tokens.count else { return }
        position = close + 1
    }

    mutating func parseColorArgument(after token: Token) throws(MathSyntaxError) -> String {
        let color = try parseRawArgument(for: token.spelling, at: token.offset).replacingSpaces
        let allowed = color.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || ("0"..."9").contains($0) || $0 == "#" }
        guard !color.isEmpty, allowed else {
            throw MathSyntaxError("\(token.spelling) needs a colour name or #hex value", at: token.offset)
        }
        return color
    }
}
