/// Recursive-descent parser from ``Token``s to the ``MathNode`` tree.
///
/// Rows are parsed until a token that ends them (`}`, `&`, `\\`, `\right`,
/// `\end`, or the end of input); the caller decides whether that ending is
/// allowed where it occurs, so every mismatch becomes a ``MathSyntaxError``
/// that points at the token responsible.
struct Parser {
    /// Why a row stopped.
    enum RowEnd: Equatable {
        case endOfInput, endGroup, cell, newRow, right, middle, end, closingCharacter
    }

    let tokens: [Token]
    let sourceLength: Int
    var position = 0
    /// The alphabet letters are currently drawn in (`\mathbf{...}`, `{\bf ...}`).
    var font: MathAlphabet?
    var nesting = 0

    /// Deeper nesting than this is reported rather than risking the stack.
    static let maximumNesting = 120

    init(tokens: [Token], sourceLength: Int) {
        self.tokens = tokens
        self.sourceLength = sourceLength
    }

    // MARK: Formula

    /// The whole formula. Top-level `\\` splits it into centred lines (as `gathered`).
    mutating func parseFormula() throws(MathSyntaxError) -> MathNode {
        var lines: [MathNode] = []
        while true {
            let (nodes, end) = try parseRow()
            lines.append(Self.rowNode(nodes))
            switch end {
            case .endOfInput:
                if lines.count == 1 { return lines[0] }
                if case .row(let last) = lines[lines.count - 1], last.isEmpty { lines.removeLast() }
                let table = MathTable(
                    rows: lines.map { [$0] }, columns: [.center], isAlignment: false,
                    displayStyle: true, ruledRows: [], ruledColumns: []
                )
                return .table(table)
            case .newRow:
                advance()
                skipOptionalBracketArgument()
            default:
                throw unexpectedEnd(end)
            }
        }
    }

    /// The error for a row ending that is not allowed where it occurs.
    func unexpectedEnd(_ end: RowEnd) -> MathSyntaxError {
        let offset = currentOffset
        switch end {
        case .endGroup: return MathSyntaxError("unexpected } without a matching {", at: offset)
        case .cell: return MathSyntaxError("& outside an environment such as aligned or matrix", at: offset)
        case .newRow: return MathSyntaxError("\\\\ is not allowed here", at: offset)
        case .right: return MathSyntaxError("\\right without a matching \\left", at: offset)
        case .middle: return MathSyntaxError("\\middle outside \\left ... \\right", at: offset)
        case .end: return MathSyntaxError("\\end without a matching \\begin", at: offset)
        case .closingCharacter: return MathSyntaxError("unexpected \(peek?.spelling ?? "character")", at: offset)
        case .endOfInput: return MathSyntaxError("the formula ends too early", at: offset)
        }
    }

    // MARK: Rows

    /// Parses atoms until a token that ends the row, which is left unconsumed.
    /// - Parameter closer: a character that also ends the row (`]` of an optional argument, `$` in text).
    mutating func parseRow(closingAt closer: Unicode.Scalar? = nil) throws(MathSyntaxError) -> (nodes: [MathNode], end: RowEnd) {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumNesting else {
            throw MathSyntaxError("the formula is nested too deeply", at: currentOffset)
        }
        var builder = RowBuilder()
        var infix: (command: String, numerator: [MathNode])?
        var end = RowEnd.endOfInput
        loop: while let token = peek {
            switch token.kind {
            case .space:
                advance()
            case .endGroup:
                end = .endGroup
                break loop
            case .alignmentTab:
                end = .cell
                break loop
            case .command("\\"), .command("cr"):
                end = .newRow
                break loop
            case .command("right"):
                end = .right
                break loop
            case .command("middle"):
                end = .middle
                break loop
            case .command("end"):
                end = .end
                break loop
            case .character(let scalar) where scalar == closer:
                end = .closingCharacter
                break loop
            case .superscriptMark, .subscriptMark:
                try attachScript(to: &builder)
            case .character("'"):
                try attachPrime(to: &builder)
            case .command("limits"), .command("nolimits"):
                try setLimits(of: &builder, token: token)
            case .command("over"), .command("choose"), .command("atop"), .command("brace"), .command("brack"):
                guard infix == nil else {
                    throw MathSyntaxError("two infix fraction commands in one group", at: token.offset)
                }
                advance()
                infix = (token.spelling.dropFirst().description, builder.nodes())
                builder = RowBuilder()
            case .command("displaystyle"), .command("textstyle"),
                 .command("scriptstyle"), .command("scriptscriptstyle"):
                advance()
                let (rest, restEnd) = try parseRow(closingAt: closer)
                builder.append(Atom(.style(Self.rowNode(rest), display: token.isCommand("displaystyle")), kind: .ordinary))
                end = restEnd
                break loop
            case .command("color"):
                advance()
                let color = try parseColorArgument(after: token)
                let (rest, restEnd) = try parseRow(closingAt: closer)
                builder.append(Atom(.colored(Self.rowNode(rest), color: color), kind: .ordinary))
                end = restEnd
                break loop
            default:
                if let alphabet = Self.fontSwitches[token.spelling] {
                    advance()
                    font = alphabet
                } else {
                    builder.append(try parseAtom())
                }
            }
        }
        var nodes = builder.nodes()
        if let infix {
            nodes = [Self.infixFraction(infix.command, numerator: infix.numerator, denominator: nodes)]
        }
        return (nodes, end)
    }

    /// `{a \over b}`, `{n \choose k}` and relatives.
    private static func infixFraction(_ command: String, numerator: [MathNode], denominator: [MathNode]) -> MathNode {
        let top = rowNode(numerator)
        let bottom = rowNode(denominator)
        switch command {
        case "over": return .fraction(numerator: top, denominator: bottom, hasRule: true)
        case "atop": return .fraction(numerator: top, denominator: bottom, hasRule: false)
        case "brace": return fenced(.fraction(numerator: top, denominator: bottom, hasRule: false), open: "{", close: "}")
        case "brack": return fenced(.fraction(numerator: top, denominator: bottom, hasRule: false), open: "[", close: "]")
        default: return fenced(.fraction(numerator: top, denominator: bottom, hasRule: false), open: "(", close: ")")
        }
    }

    /// Old-style font switches that change the alphabet for the rest of the group.
    static let fontSwitches: [String: MathAlphabet] = [
        "\\rm": .roman, "\\bf": .bold, "\\it": .italic, "\\cal": .script, "\\sf": .sansSerif,
        "\\tt": .monospace, "\\mit": .italic,
    ]

    /// A row's nodes as one node: the node itself when there is exactly one.
    static func rowNode(_ nodes: [MathNode]) -> MathNode {
        nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// Content between stretchy delimiters (`nil` for the empty delimiter `.`).
    static func fenced(_ content: MathNode, open: String?, close: String?) -> MathNode {
        var children: [MathNode] = []
        if let open { children.append(.symbol(MathOperator(open))) }
        if case .row(let inner) = content { children += inner } else { children.append(content) }
        if let close { children.append(.symbol(MathOperator(close))) }
        return .row(children)
    }

    // MARK: Scripts

    private mutating func attachScript(to builder: inout RowBuilder) throws(MathSyntaxError) {
        let token = peek!
        advance()
        let isSuperscript = token.kind == .superscriptMark
        if builder.atoms.isEmpty || builder.atoms[builder.atoms.count - 1].kind == .space {
            // `^2` with nothing before: TeX attaches it to an empty base.
            builder.append(Atom(.row([]), kind: .ordinary))
        }
        let script = try parseArgument(for: isSuperscript ? "^" : "_", at: token.offset)
        var atom = builder.atoms.removeLast()
        if isSuperscript {
            guard atom.sup == nil else { throw MathSyntaxError("double superscript", at: token.offset) }
            if let count = Self.primeOnlySuperscript(script) {
                atom.primes += count
            } else {
                atom.sup = script
            }
        } else {
            guard atom.sub == nil else { throw MathSyntaxError("double subscript", at: token.offset) }
            atom.sub = script
        }
        builder.append(atom)
    }

    /// The number of primes when a superscript is only `\prime`s (`f^{\prime}` is `f′`).
    private static func primeOnlySuperscript(_ script: MathNode) -> Int? {
        let prime = MathNode.symbol(.ordinary("\u{2032}"))
        if script == prime { return 1 }
        if case .row(let items) = script, !items.isEmpty, items.allSatisfy({ $0 == prime }) { return items.count }
        return nil
    }

    private mutating func attachPrime(to builder: inout RowBuilder) throws(MathSyntaxError) {
        let token = peek!
        advance()
        guard var atom = builder.atoms.popLast(), atom.kind != .space else {
            // `x^{'}`: a prime with nothing before it is the prime sign itself.
            builder.append(Atom(.symbol(.ordinary("\u{2032}")), kind: .ordinary))
            return
        }
        guard atom.sup == nil, atom.sub == nil else {
            // x_i' : TeX treats the prime as a superscript; keep it beside the scripts.
            builder.append(atom)
            builder.append(Atom(.symbol(.ordinary("\u{2032}")), kind: .ordinary))
            return
        }
        atom.primes += 1
        builder.append(atom)
    }

    private mutating func setLimits(of builder: inout RowBuilder, token: Token) throws(MathSyntaxError) {
        advance()
        guard var atom = builder.atoms.popLast(), atom.kind == .largeOperator || atom.kind == .function else {
            throw MathSyntaxError("\(token.spelling) must follow an operator such as \\sum or \\lim", at: token.offset)
        }
        if token.isCommand("limits") {
            atom.placement = .always
            if case .symbol(var op) = atom.node {
                op.movableLimits = false
                atom.node = .symbol(op)
            }
        } else {
            atom.placement = .side
        }
        builder.append(atom)
    }

    // MARK: Arguments

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

    // MARK: Tokens

    var peek: Token? {
        position < tokens.count ? tokens[position] : nil
    }

    var currentOffset: Int {
        position < tokens.count ? tokens[position].offset : sourceLength
    }

    mutating func advance() {
        position += 1
    }

    mutating func skipSpaces() {
        while let token = peek, token.kind == .space { advance() }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// The string with every space removed.
    var replacingSpaces: String {
        String(filter { $0 != " " })
    }
}
