extension Parser {
    /// One atom: a group, a character or a command with its arguments.
    ///
    /// Commands read arguments that are atoms again (`\sqrt\sqrt x`, `x^\hat y`),
    /// so this is a recursive path of its own and counts as one level of nesting.
    mutating func parseAtom() throws(MathSyntaxError) -> Atom {
        let token = peek!
        try descend(at: token.offset)
        defer { nesting -= 1 }
        switch token.kind {
        case .beginGroup:
            return Atom(try parseGroup(), kind: .ordinary)
        case .character(let scalar):
            return try parseCharacter(scalar, token: token)
        case .command(let name):
            advance()
            return try parseCommand(name, token: token)
        default:
            throw MathSyntaxError("unexpected \(token.spelling)", at: token.offset)
        }
    }

    // MARK: Characters

    private mutating func parseCharacter(_ scalar: Unicode.Scalar, token: Token) throws(MathSyntaxError) -> Atom {
        if Tokenizer.isLetter(scalar) {
            return try parseLetters(token: token)
        }
        if ("0"..."9").contains(scalar) {
            return parseNumber()
        }
        advance()
        switch scalar {
        case "~":
            return Atom(.space(.em(1.0 / 3)), kind: .space)
        case "'":
            return Atom(.symbol(.ordinary("\u{2032}")), kind: .ordinary)
        case "#":
            throw MathSyntaxError("# is TeX's macro parameter character (write \\# for the symbol)", at: token.offset)
        case "$":
            throw MathSyntaxError("a $ inside math (write \\$ for the symbol)", at: token.offset)
        default:
            break
        }
        if let entry = SymbolTable.character(scalar) {
            return atom(for: entry)
        }
        if scalar.properties.isAlphabetic {
            return Atom(.identifier(String(Character(styled(scalar))), upright: false), kind: .ordinary)
        }
        return Atom(.symbol(MathOperator(String(Character(scalar)))), kind: .relation)
    }

    /// A run of letters: one identifier per letter (TeX multiplies `ab`), or one
    /// identifier for the whole word in `\mathrm` and similar alphabets.
    ///
    /// The word is read only where it matters (at the start of a run, or in a
    /// joining alphabet, which consumes it whole), so a run of n letters costs O(n).
    private mutating func parseLetters(token: Token) throws(MathSyntaxError) -> Atom {
        let startsRun: Bool
        if position > 0, case .character(let before) = tokens[position - 1].kind, Tokenizer.isLetter(before) {
            startsRun = false
        } else {
            startsRun = true
        }
        let joins = font?.joinsLetters ?? false
        if !joins, !(font == nil && startsRun), case .character(let letter) = token.kind {
            advance()
            return Atom(.identifier(String(Character(styled(letter))), upright: font == .roman), kind: .ordinary)
        }
        var word = String.UnicodeScalarView()
        var look = position
        while look < tokens.count, case .character(let next) = tokens[look].kind, Tokenizer.isLetter(next) {
            word.append(next)
            look += 1
        }
        let text = String(word)
        if font == nil, startsRun, let original = LostBackslash.command(forRemnant: text) {
            throw MathSyntaxError(
                "'\(text)' looks like \\\(original) whose backslash was lost (damaged source?)",
                at: token.offset
            )
        }
        if let font, font.joinsLetters, word.count > 1 {
            position = look
            let styled = String(String.UnicodeScalarView(word.map { font.apply(to: $0) }))
            return Atom(.identifier(styled, upright: false), kind: .ordinary)
        }
        advance()
        return Atom(.identifier(String(Character(styled(word.first!))), upright: font == .roman), kind: .ordinary)
    }

    /// Digits with at most one decimal point between digits (`0.25`).
    private mutating func parseNumber() -> Atom {
        var digits = String.UnicodeScalarView()
        var seenPoint = false
        while let token = peek, case .character(let scalar) = token.kind {
            if ("0"..."9").contains(scalar) {
                digits.append(styled(scalar))
            } else if scalar == ".", !seenPoint, position + 1 < tokens.count,
                      case .character(let after) = tokens[position + 1].kind, ("0"..."9").contains(after) {
                seenPoint = true
                digits.append(".")
            } else {
                break
            }
            advance()
        }
        return Atom(.number(String(digits)), kind: .ordinary)
    }

    /// `scalar` in the current alphabet.
    func styled(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        font?.apply(to: scalar) ?? scalar
    }

    // MARK: Symbols

    /// The atom a symbol-table entry stands for.
    func atom(for entry: SymbolEntry) -> Atom {
        switch entry.role {
        case .identifier, .upright:
            var text = entry.text
            if let font, entry.text.unicodeScalars.count == 1 {
                text = String(Character(font.apply(to: entry.text.unicodeScalars.first!)))
            }
            let upright = (entry.role == .upright || font == .roman) && text == entry.text
            return Atom(.identifier(text, upright: upright), kind: .ordinary)
        case .binary:
            return Atom(.symbol(MathOperator(entry.text)), kind: .binary)
        case .relation:
            return Atom(.symbol(MathOperator(entry.text)), kind: .relation)
        case .spacedRelation:
            var op = MathOperator(entry.text)
            op.leftSpace = .em(5.0 / 18)
            op.rightSpace = .em(5.0 / 18)
            return Atom(.symbol(op), kind: .relation)
        case .ordinary:
            return Atom(.symbol(.ordinary(entry.text)), kind: .ordinary)
        case .open:
            return Atom(.symbol(.bracket(entry.text)), kind: .open)
        case .close:
            return Atom(.symbol(.bracket(entry.text)), kind: .close)
        case .fence:
            var bar = MathOperator.ordinary(entry.text)
            bar.stretchy = false
            return Atom(.symbol(bar), kind: .ordinary)
        case .prefix:
            return Atom(.symbol(MathOperator(entry.text)), kind: .open)
        case .punctuation:
            return Atom(.symbol(MathOperator(entry.text)), kind: .punctuation)
        case .largeOperator:
            return Atom(.symbol(MathOperator(entry.text)), kind: .largeOperator, placement: .movable)
        case .integral:
            return Atom(.symbol(MathOperator(entry.text)), kind: .largeOperator, placement: .side)
        case .function:
            return Atom(.identifier(entry.text, upright: true), kind: .function)
        case .limitFunction:
            return Atom(.symbol(Self.limitOperator(entry.text)), kind: .function, placement: .movable)
        }
    }

    /// A function name whose limits go under it in display style (`\lim`, `\operatorname*`).
    static func limitOperator(_ text: String) -> MathOperator {
        var op = MathOperator.ordinary(text)
        op.movableLimits = true
        return op
    }
}
