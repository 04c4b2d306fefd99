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
    /// How many rows, atoms and text groups enclose the current token.
    var nesting = 0

    /// Deeper nesting than this is reported rather than risking the stack.
    /// A braced group costs two levels (its atom and its row), so `{{…{x}…}}`
    /// may be 60 groups deep and `\sqrt\sqrt…x` 120 commands deep.
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
        try descend(at: currentOffset)
        defer { nesting -= 1 }
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
                attachPrime(to: &builder)
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

    // MARK: Nesting

    /// Counts one level of recursion; every recursive path of the parser (a row,
    /// an atom with its arguments, a text group) starts with this, so no input
    /// nests deeper than ``maximumNesting``. The caller undoes it with
    /// `defer { nesting -= 1 }`; after a throw the parse is abandoned anyway.
    mutating func descend(at offset: Int) throws(MathSyntaxError) {
        nesting += 1
        guard nesting <= Self.maximumNesting else {
            throw MathSyntaxError("the formula is nested too deeply", at: offset)
        }
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
