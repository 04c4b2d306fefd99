extension Parser {
    /// The atom for `\name` (already consumed), reading its arguments.
    mutating func parseCommand(_ name: String, token: Token) throws(MathSyntaxError) -> Atom {
        if name == "dots" {
            return atom(for: SymbolTable.entries[dotsBeforeOperator() ? "cdots" : "ldots"]!)
        }
        if let entry = SymbolTable.entries[name] {
            var result = atom(for: entry)
            if ["implies", "impliedby", "iff"].contains(name), case .symbol(var op) = result.node {
                // amsmath sets these off with \; on each side in addition to relation spacing.
                op.leftSpace = .em(10.0 / 18)
                op.rightSpace = .em(10.0 / 18)
                result.node = .symbol(op)
            }
            return result
        }
        if let alphabet = Self.alphabetCommands[name] {
            return Atom(try parseArgument(in: alphabet, for: token), kind: .ordinary)
        }
        if let style = Self.textCommands[name] {
            return Atom(try parseText(style: style, command: token), kind: .ordinary)
        }
        if let accent = Accent.named[name] {
            return try parseAccent(accent, command: token)
        }
        if let width = Self.fixedSpaces[name] {
            return Atom(.space(.em(width)), kind: .space)
        }
        if let arrow = Self.extensibleArrows[name] {
            return try parseExtensibleArrow(arrow, command: token)
        }
        if let size = Self.bigDelimiterSizes[name.trimmingSuffix(["l", "r", "m"])] {
            return try parseBigDelimiter(name, size: size, command: token)
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = try parseArgument(for: token.spelling, at: token.offset)
            let denominator = try parseArgument(for: token.spelling, at: token.offset)
            let fraction = MathNode.fraction(numerator: numerator, denominator: denominator, hasRule: true)
            switch name {
            case "dfrac", "cfrac": return Atom(.style(fraction, display: true), kind: .inner)
            case "tfrac": return Atom(.style(fraction, display: false), kind: .inner)
            default: return Atom(fraction, kind: .inner)
            }
        case "binom", "dbinom", "tbinom":
            let top = try parseArgument(for: token.spelling, at: token.offset)
            let bottom = try parseArgument(for: token.spelling, at: token.offset)
            var node = Self.fenced(.fraction(numerator: top, denominator: bottom, hasRule: false), open: "(", close: ")")
            if name != "binom" { node = .style(node, display: name == "dbinom") }
            return Atom(node, kind: .inner)
        case "sqrt":
            let index = try parseOptionalArgument()
            let radicand = try parseArgument(for: token.spelling, at: token.offset)
            return Atom(.root(radicand: radicand, index: index), kind: .ordinary)
        case "operatorname", "operatornamewithlimits":
            return try parseOperatorName(command: token, limits: name == "operatornamewithlimits")
        case "mathop":
            let content = try parseArgument(for: token.spelling, at: token.offset)
            if let text = Self.plainText(of: content) {
                return Atom(.symbol(Self.limitOperator(text)), kind: .function, placement: .movable)
            }
            return Atom(content, kind: .largeOperator, placement: .movable)
        case "mathbin", "mathrel", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner":
            var content = try parseArgument(for: token.spelling, at: token.offset)
            if name == "mathbin" || name == "mathrel" {
                // TeX spaces binary operators by 4/18 em and relations by 5/18 em on each side.
                let gap = MathLength.em((name == "mathbin" ? 4.0 : 5.0) / 18)
                if case .symbol(var op) = content {
                    op.leftSpace = gap
                    op.rightSpace = gap
                    content = .symbol(op)
                } else {
                    content = .row([.space(gap), content, .space(gap)])
                }
            }
            let kinds: [String: Atom.Kind] = [
                "mathbin": .binary, "mathrel": .relation, "mathord": .ordinary, "mathopen": .open,
                "mathclose": .close, "mathpunct": .punctuation, "mathinner": .inner,
            ]
            return Atom(content, kind: kinds[name]!)
        case "left":
            return try parseLeftRight(command: token)
        case "begin":
            return try parseEnvironment(command: token)
        case "overset", "underset", "stackrel":
            let script = try parseArgument(for: token.spelling, at: token.offset)
            let base = try parseArgument(for: token.spelling, at: token.offset)
            let kind: Atom.Kind = name == "stackrel" || Self.isRelation(base) ? .relation : .ordinary
            let node: MathNode = name == "underset"
                ? .limits(base: base, under: script, over: nil, accent: false)
                : .limits(base: base, under: nil, over: script, accent: false)
            return Atom(node, kind: kind)
        case "overline", "underline", "boxed":
            let content = try parseArgument(for: token.spelling, at: token.offset)
            let decoration: Decoration = name == "boxed" ? .box : name == "overline" ? .overline : .underline
            return Atom(.decorated(content, decoration: decoration), kind: .ordinary)
        case "fbox", "framebox":
            return Atom(.decorated(try parseText(style: .plain, command: token), decoration: .box), kind: .ordinary)
        case "phantom", "hphantom", "vphantom":
            let content = try parseArgument(for: token.spelling, at: token.offset)
            return Atom(.phantom(content, zeroWidth: name == "vphantom"), kind: .ordinary)
        case "cancel", "bcancel", "xcancel":
            let content = try parseArgument(for: token.spelling, at: token.offset)
            let decoration: Decoration = name == "cancel" ? .cancel : name == "bcancel" ? .backCancel : .crossCancel
            return Atom(.decorated(content, decoration: decoration), kind: .ordinary)
        case "smash", "ensuremath", "mathclap", "mathllap", "mathrlap":
            return Atom(try parseArgument(for: token.spelling, at: token.offset), kind: .ordinary)
        case "mathstrut", "strut":
            return Atom(.phantom(.symbol(.bracket("(")), zeroWidth: true), kind: .ordinary)
        case "textcolor":
            let color = try parseColorArgument(after: token)
            let content = try parseArgument(for: token.spelling, at: token.offset)
            return Atom(.colored(content, color: color), kind: .ordinary)
        case "not":
            return try parseNegation(command: token)
        case "bmod":
            var op = MathOperator("mod")
            op.leftSpace = .em(4.0 / 18)
            op.rightSpace = .em(4.0 / 18)
            return Atom(.symbol(op), kind: .ordinary)
        case "pmod", "mod", "pod":
            let argument = try parseArgument(for: token.spelling, at: token.offset)
            var mod = MathOperator.ordinary("mod")
            mod.rightSpace = .em(6.0 / 18)
            var children: [MathNode] = [.space(.em(1))]
            if name != "mod" { children.append(.symbol(.bracket("("))) }
            if name != "pod" { children.append(.symbol(mod)) }
            children.append(argument)
            if name != "mod" { children.append(.symbol(.bracket(")"))) }
            return Atom(.row(children), kind: .ordinary)
        case "hspace", "kern", "mkern", "mspace", "hskip", "mskip":
            if let star = peek, star.isCharacter("*") { advance() }
            return Atom(.space(try parseLength(command: token)), kind: .space)
        case "substack":
            return Atom(try parseSubstack(command: token), kind: .ordinary)
        case "label":
            _ = try parseRawArgument(for: token.spelling, at: token.offset)
            return Atom(.row([]), kind: .space)
        case "nonumber", "notag":
            return Atom(.row([]), kind: .space)
        case "tag":
            if let star = peek, star.isCharacter("*") { advance() }
            let tag = try parseRawArgument(for: token.spelling, at: token.offset)
            return Atom(.row([.space(.em(2)), .text("(\(tag))", style: .plain)]), kind: .space)
        case "colon":
            var colon = MathOperator(":")
            colon.leftSpace = .em(0)
            colon.rightSpace = .em(3.0 / 18)
            return Atom(.symbol(colon), kind: .punctuation)
        case "hline", "hdashline":
            throw MathSyntaxError("\\\(name) outside an array", at: token.offset)
        default:
            if Self.fontSwitches[token.spelling] != nil {
                throw MathSyntaxError("\(token.spelling) cannot be an argument; put it inside braces", at: token.offset)
            }
            throw MathSyntaxError("unknown command \(token.spelling)", at: token.offset)
        }
    }

    // MARK: Helpers for commands

    /// amsmath's rule for `\dots`: centred (`\cdots`) when the next token is a
    /// binary operator or a relation (`a_1 + \dots + a_n`, `x_1 = \dots = x_n`),
    /// on the baseline (`\ldots`) otherwise (`x_1, \dots, x_n`).
    private func dotsBeforeOperator() -> Bool {
        var look = position
        while look < tokens.count, tokens[look].kind == .space { look += 1 }
        guard look < tokens.count else { return false }
        let entry: SymbolEntry?
        switch tokens[look].kind {
        case .character(let scalar): entry = SymbolTable.character(scalar)
        case .command(let name): entry = SymbolTable.entries[name]
        default: entry = nil
        }
        guard let role = entry?.role else { return false }
        return role == .binary || role == .relation || role == .spacedRelation
    }

    /// The argument with letters drawn in `alphabet`.
    mutating func parseArgument(in alphabet: MathAlphabet, for command: Token) throws(MathSyntaxError) -> MathNode {
        let saved = font
        font = alphabet
        defer { font = saved }
        return try parseArgument(for: command.spelling, at: command.offset)
    }

    /// `\operatorname{name}` (a function name) or `\operatorname*{name}` (limits under it in display).
    private mutating func parseOperatorName(command: Token, limits: Bool) throws(MathSyntaxError) -> Atom {
        var withLimits = limits
        if let star = peek, star.isCharacter("*") {
            advance()
            withLimits = true
        }
        let content = try parseArgument(in: .roman, for: command)
        guard let text = Self.plainText(of: content) else {
            return Atom(content, kind: .function, placement: withLimits ? .movable : .side)
        }
        if withLimits {
            return Atom(.symbol(Self.limitOperator(text)), kind: .function, placement: .movable)
        }
        return Atom(.identifier(text, upright: true), kind: .function)
    }

    /// The characters of a node made only of identifiers, numbers, plain operators and spaces.
    static func plainText(of node: MathNode) -> String? {
        switch node {
        case .identifier(let text, _), .number(let text): return text
        case .symbol(let op): return op.text
        case .space(let length): return length.value > 0 ? "\u{2009}" : ""
        case .text(let text, .plain): return text
        case .row(let children):
            var result = ""
            for child in children {
                guard let part = plainText(of: child) else { return nil }
                result += part
            }
            return result.isEmpty ? nil : result
        default: return nil
        }
    }

    private static func isRelation(_ node: MathNode) -> Bool {
        guard case .symbol(let op) = node, let scalar = op.text.unicodeScalars.first else { return false }
        if let entry = SymbolTable.character(scalar), entry.role == .relation { return true }
        return SymbolTable.entries.values.contains { $0.role == .relation && $0.text == op.text }
    }

    private mutating func parseExtensibleArrow(_ arrow: String, command: Token) throws(MathSyntaxError) -> Atom {
        let below = try parseOptionalArgument()
        let above = try parseArgument(for: command.spelling, at: command.offset)
        var op = MathOperator(arrow)
        op.stretchy = true
        func padded(_ label: MathNode) -> MathNode {
            .row([.space(.em(0.4)), label, .space(.em(0.4))])
        }
        let isEmpty = above == .row([])
        let over: MathNode? = isEmpty && below != nil ? nil : padded(isEmpty ? .space(.em(0.8)) : above)
        return Atom(.limits(base: .symbol(op), under: below.map(padded), over: over, accent: false), kind: .relation)
    }

    private mutating func parseNegation(command: Token) throws(MathSyntaxError) -> Atom {
        skipSpaces()
        guard peek != nil else { throw MathSyntaxError("missing symbol after \\not", at: command.offset) }
        var negated = try parseAtom()
        guard case .symbol(var op) = negated.node else {
            throw MathSyntaxError("\\not must be followed by a relation such as = or \\in", at: command.offset)
        }
        op.text = Self.negations[op.text] ?? op.text + "\u{0338}"
        negated.node = .symbol(op)
        return negated
    }

    static let negations: [String: String] = [
        "=": "≠", "∈": "∉", "≡": "≢", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "∼": "≁", "≈": "≉",
        "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∣": "∤", "∥": "∦", "∃": "∄", "≃": "≄", "≅": "≇",
        "≺": "⊀", "≻": "⊁", "∋": "∌",
    ]

    /// A length such as `{1cm}`, `3mu` or `-2pt`; `mu` (1/18 em) is converted to em.
    private mutating func parseLength(command: Token) throws(MathSyntaxError) -> MathLength {
        var text: String
        skipSpaces()
        if let open = peek, open.kind == .beginGroup {
            text = try parseRawArgument(for: command.spelling, at: command.offset).replacingSpaces
        } else {
            text = ""
            while let token = peek, case .character(let scalar) = token.kind,
                  ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || (Tokenizer.isLetter(scalar) && text.count < 12) {
                text.unicodeScalars.append(scalar)
                advance()
                if Tokenizer.isLetter(scalar), text.unicodeScalars.filter(Tokenizer.isLetter).count == 2 { break }
            }
        }
        let number = String(text.prefix { "0123456789.-+".contains($0) })
        let unit = String(text.dropFirst(number.count))
        guard let value = Double(number), ["em", "ex", "pt", "pc", "cm", "mm", "in", "px", "mu", "bp"].contains(unit) else {
            throw MathSyntaxError("\(command.spelling) needs a length such as 1em or 2pt, not '\(text)'", at: command.offset)
        }
        switch unit {
        case "mu": return .em(value / 18)
        case "bp": return MathLength(value: value, unit: "pt")
        default: return MathLength(value: value, unit: unit)
        }
    }
}

extension String {
    /// The string without one of the given one-letter suffixes, when it ends with one.
    func trimmingSuffix(_ suffixes: [Character]) -> String {
        guard let last, suffixes.contains(last), count > 1 else { return self }
        return String(dropLast())
    }
}
