extension Parser {
    /// `\left( ... \middle| ... \right)`: delimiters that stretch to the content.
    mutating func parseLeftRight(command: Token) throws(MathSyntaxError) -> Atom {
        let open = try parseDelimiter(after: command)
        var parts: [[MathNode]] = []
        var middles: [String?] = []
        while true {
            let (nodes, end) = try parseRow()
            parts.append(nodes)
            guard let token = peek, end == .middle || end == .right else {
                throw MathSyntaxError("\\left without a matching \\right", at: command.offset)
            }
            advance()
            let delimiter = try parseDelimiter(after: token)
            guard end == .right else {
                middles.append(delimiter)
                continue
            }
            let stretches = parts.contains { $0.contains(where: \.isTall) }
            var children: [MathNode] = []
            if let open { children.append(.symbol(Self.fence(open, stretches: stretches))) }
            for (index, part) in parts.enumerated() {
                children += part
                if index < middles.count, let middle = middles[index] {
                    children.append(.symbol(Self.fence(middle, stretches: stretches)))
                }
            }
            if let delimiter { children.append(.symbol(Self.fence(delimiter, stretches: stretches))) }
            return Atom(.row(children), kind: .delimited)
        }
    }

    /// A `\left`, `\middle` or `\right` delimiter.
    ///
    /// Around content taller than a line it stretches (the operator dictionary
    /// already makes brackets stretchy; other characters are told to). Around
    /// short content it keeps its natural size, as TeX's choice would: browsers
    /// stretching to short content pick a wider glyph that leaves visible gaps.
    /// Delimiters are spaced like TeX's opening and closing atoms: not at all.
    static func fence(_ text: String, stretches: Bool) -> MathOperator {
        var op = MathOperator(text)
        let isBracket = ["(", ")", "[", "]", "{", "}"].contains(text)
        if !stretches {
            op.stretchy = false
        } else if !isBracket {
            op.stretchy = true
            op.symmetric = true
        }
        if !isBracket {
            op.leftSpace = .em(0)
            op.rightSpace = .em(0)
        }
        return op
    }

    /// `\big(`, `\Bigl[`, `\biggr\}`, `\Bigm|`: a delimiter of a fixed size.
    mutating func parseBigDelimiter(_ name: String, size: Double, command: Token) throws(MathSyntaxError) -> Atom {
        guard let delimiter = try parseDelimiter(after: command) else {
            return Atom(.row([]), kind: .ordinary)
        }
        var op = MathOperator(delimiter)
        op.stretchy = true
        op.symmetric = true
        op.size = .em(size)
        let kind: Atom.Kind
        switch name.last {
        case "l": kind = .open
        case "r": kind = .close
        case "m": kind = .relation
        default: kind = Self.isOpening(delimiter) ? .open : Self.isClosing(delimiter) ? .close : .ordinary
        }
        // TeX spaces opening, closing and ordinary atoms by nothing and a \bigm
        // relation by a thick space (5/18 em) on each side. The form is stated so
        // the operator dictionary cannot add spacing by the delimiter's position.
        switch kind {
        case .open: op.form = .prefix
        case .close: op.form = .postfix
        default: break
        }
        let gap = MathLength.em(kind == .relation ? 5.0 / 18 : 0)
        op.leftSpace = gap
        op.rightSpace = gap
        return Atom(.symbol(op), kind: kind)
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`: `nil` for the empty delimiter `.`.
    mutating func parseDelimiter(after command: Token) throws(MathSyntaxError) -> String? {
        skipSpaces()
        guard let token = peek else {
            throw MathSyntaxError("missing delimiter after \(command.spelling)", at: command.offset)
        }
        advance()
        switch token.kind {
        case .character(let scalar):
            switch scalar {
            case ".": return nil
            case "<": return "⟨"
            case ">": return "⟩"
            case "(", ")", "[", "]", "|", "/": return String(Character(scalar))
            default: break
            }
        case .command(let name):
            if let entry = SymbolTable.entries[name], entry.isDelimiter { return entry.text }
            if let arrow = Self.delimiterArrows[name] { return arrow }
        default:
            break
        }
        throw MathSyntaxError(
            "\(command.spelling) needs a delimiter such as ( [ \\{ | or . but found \(token.spelling)",
            at: token.offset
        )
    }

    private static let delimiterArrows: [String: String] = [
        "backslash": "\\", "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕", "Uparrow": "⇑",
        "Downarrow": "⇓", "Updownarrow": "⇕",
    ]

    static func isOpening(_ text: String) -> Bool {
        ["(", "[", "{", "⟨", "⌊", "⌈"].contains(text)
    }

    static func isClosing(_ text: String) -> Bool {
        [")", "]", "}", "⟩", "⌋", "⌉"].contains(text)
    }
}
