extension Parser {
    /// `\left( ... \middle| ... \right)`: delimiters that stretch to the content.
    mutating func parseLeftRight(command: Token) throws(MathSyntaxError) -> Atom {
        var children: [MathNode] = []
        if let open = try parseDelimiter(after: command) {
            children.append(.symbol(Self.stretchyDelimiter(open)))
        }
        while true {
            let (nodes, end) = try parseRow(stopAtBracket: false)
            children += nodes
            guard let token = peek, end == .middle || end == .right else {
                throw MathSyntaxError("\\left without a matching \\right", at: command.offset)
            }
            advance()
            let delimiter = try parseDelimiter(after: token)
            if end == .right {
                if let delimiter { children.append(.symbol(Self.stretchyDelimiter(delimiter))) }
                return Atom(.row(children), kind: .delimited)
            }
            if let delimiter {
                var middle = MathOperator(delimiter)
                middle.stretchy = true
                middle.symmetric = true
                middle.leftSpace = .em(0)
                middle.rightSpace = .em(0)
                children.append(.symbol(middle))
            }
        }
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
        if kind == .ordinary {
            op.leftSpace = .em(0)
            op.rightSpace = .em(0)
        }
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

    /// A `\left`/`\right` delimiter. The operator dictionary already makes
    /// brackets stretchy fences; other characters are told to stretch.
    static func stretchyDelimiter(_ text: String) -> MathOperator {
        var op = MathOperator(text)
        if !["(", ")", "[", "]", "{", "}"].contains(text) {
            op.stretchy = true
            op.symmetric = true
            op.leftSpace = .em(0)
            op.rightSpace = .em(0)
        }
        return op
    }

    static func isOpening(_ text: String) -> Bool {
        ["(", "[", "{", "⟨", "⌊", "⌈"].contains(text)
    }

    static func isClosing(_ text: String) -> Bool {
        [")", "]", "}", "⟩", "⌋", "⌉"].contains(text)
    }
}
