/// What a `\begin{name}` environment looks like.
struct Environment: Sendable {
    var open: String?
    var close: String?
    var columns: [MathTable.ColumnAlignment]
    var isAlignment = false
    var displayStyle = false
    var takesColumnSpec = false
    /// `alignat` and `alignedat` take a column-pair count, which layout does not need.
    var takesPairCount = false
    /// `equation`: one formula, no table.
    var isSingleFormula = false

    /// Matrices and cases keep their entries close to the delimiters.
    var trimsOuterPadding: Bool {
        !takesColumnSpec && !isAlignment && (open != nil || close != nil || columns == [.center])
    }

    static func named(_ name: String) -> Environment? {
        switch name {
        case "matrix", "smallmatrix", "matrix*": return Environment(open: nil, close: nil, columns: [.center])
        case "pmatrix", "pmatrix*": return Environment(open: "(", close: ")", columns: [.center])
        case "bmatrix", "bmatrix*": return Environment(open: "[", close: "]", columns: [.center])
        case "Bmatrix", "Bmatrix*": return Environment(open: "{", close: "}", columns: [.center])
        case "vmatrix", "vmatrix*": return Environment(open: "|", close: "|", columns: [.center])
        case "Vmatrix", "Vmatrix*": return Environment(open: "‖", close: "‖", columns: [.center])
        case "cases": return Environment(open: "{", close: nil, columns: [.left, .left])
        case "dcases": return Environment(open: "{", close: nil, columns: [.left, .left], displayStyle: true)
        case "rcases": return Environment(open: nil, close: "}", columns: [.left, .left])
        case "array", "subarray":
            return Environment(open: nil, close: nil, columns: [], takesColumnSpec: true)
        case "aligned", "align", "align*", "split", "flalign", "flalign*", "eqnarray", "eqnarray*":
            return Environment(open: nil, close: nil, columns: [], isAlignment: true, displayStyle: true)
        case "alignat", "alignat*", "alignedat":
            return Environment(open: nil, close: nil, columns: [], isAlignment: true, displayStyle: true, takesPairCount: true)
        case "gathered", "gather", "gather*", "multline", "multline*":
            return Environment(open: nil, close: nil, columns: [.center], displayStyle: true)
        case "equation", "equation*":
            return Environment(open: nil, close: nil, columns: [.center], displayStyle: true, isSingleFormula: true)
        default:
            return nil
        }
    }
}

extension Parser {
    /// `\begin{name} cells separated by & and \\ \end{name}`.
    mutating func parseEnvironment(command: Token) throws(MathSyntaxError) -> Atom {
        let name = try parseRawArgument(for: "\\begin", at: command.offset)
        guard let environment = Environment.named(name) else {
            throw MathSyntaxError("unknown environment {\(name)}", at: command.offset)
        }
        var columns = environment.columns
        var ruledColumns: Set<Int> = []
        if ["aligned", "gathered", "alignedat", "array", "split"].contains(name) {
            skipPositionArgument()
        }
        if environment.takesColumnSpec {
            (columns, ruledColumns) = try parseColumnSpec(command: command)
        }
        if name.hasSuffix("matrix*") {
            columns = try parseMatrixAlignment() ?? columns
        }
        if environment.takesPairCount {
            _ = try parseRawArgument(for: "\\begin{\(name)}", at: command.offset)
        }
        var rows: [[MathNode]] = [[]]
        var ruledRows: Set<Int> = []
        while true {
            if rows[rows.count - 1].isEmpty {
                skipSpaces()
                while let rule = peek, rule.isCommand("hline") || rule.isCommand("hdashline") {
                    advance()
                    skipSpaces()
                    ruledRows.insert(rows.count - 1)
                }
            }
            let (nodes, end) = try parseRow()
            let isLeftColumnOfPair = environment.isAlignment && !rows[rows.count - 1].count.isMultiple(of: 2)
            rows[rows.count - 1].append(Self.rowNode(isLeftColumnOfPair ? Self.continuingAlignment(nodes) : nodes))
            switch end {
            case .cell:
                advance()
            case .newRow:
                advance()
                skipOptionalBracketArgument()
                rows.append([])
            case .end:
                let endToken = peek!
                advance()
                let endName = try parseRawArgument(for: "\\end", at: endToken.offset)
                guard endName == name else {
                    throw MathSyntaxError("\\begin{\(name)} is ended by \\end{\(endName)}", at: endToken.offset)
                }
                if rows.count > 1, rows[rows.count - 1] == [.row([])] { rows.removeLast() }
                var table = MathTable(
                    rows: rows, columns: columns, isAlignment: environment.isAlignment,
                    displayStyle: environment.displayStyle, ruledRows: ruledRows, ruledColumns: ruledColumns
                )
                table.trimsOuterPadding = environment.trimsOuterPadding
                if environment.isSingleFormula, rows.count == 1, rows[0].count == 1 {
                    return Atom(rows[0][0], kind: .ordinary)
                }
                let node = Self.fenced(.table(table), open: environment.open, close: environment.close)
                return Atom(environment.open == nil && environment.close == nil ? .table(table) : node, kind: .inner)
            case .endOfInput:
                throw MathSyntaxError("\\begin{\(name)} without \\end{\(name)}", at: command.offset)
            default:
                throw unexpectedEnd(end)
            }
        }
    }

    /// A cell after `&` in an alignment continues the left side, as amsmath's `{}` makes it:
    /// an operator that opens it is binary (`&+ b`, `&\quad - c`), not a sign.
    private static func continuingAlignment(_ nodes: [MathNode]) -> [MathNode] {
        guard let index = nodes.firstIndex(where: { if case .space = $0 { return false } else { return true } }),
              case .symbol(var op) = nodes[index], op.form == .prefix else { return nodes }
        op.form = .infix
        var result = nodes
        result[index] = .symbol(op)
        return result
    }

    /// The optional `[l]`, `[c]` or `[r]` of mathtools' starred matrices.
    private mutating func parseMatrixAlignment() throws(MathSyntaxError) -> [MathTable.ColumnAlignment]? {
        skipSpaces()
        guard let open = peek, open.isCharacter("[") else { return nil }
        advance()
        skipSpaces()
        guard let letter = peek, case .character(let scalar) = letter.kind,
              let alignment = ["l": MathTable.ColumnAlignment.left, "c": .center, "r": .right][scalar] else {
            throw MathSyntaxError("a starred matrix takes [l], [c] or [r]", at: open.offset)
        }
        advance()
        skipSpaces()
        guard let close = peek, close.isCharacter("]") else {
            throw MathSyntaxError("missing ] for the [ opened here", at: open.offset)
        }
        advance()
        return [alignment]
    }

    /// An array column spec such as `{c|lr}`: alignments, and the columns with a rule before them.
    /// `p{..}`, `m{..}` and `b{..}` columns are set left-aligned; `@{..}` and `!{..}` are skipped.
    private mutating func parseColumnSpec(command: Token) throws(MathSyntaxError) -> ([MathTable.ColumnAlignment], Set<Int>) {
        skipSpaces()
        guard let open = peek, open.kind == .beginGroup else {
            throw MathSyntaxError("missing {...} column spec for \\begin{array}", at: command.offset)
        }
        advance()
        var columns: [MathTable.ColumnAlignment] = []
        var rules: Set<Int> = []
        while let token = peek, token.kind != .endGroup {
            advance()
            switch token.kind {
            case .space:
                continue
            case .character("l"): columns.append(.left)
            case .character("c"): columns.append(.center)
            case .character("r"): columns.append(.right)
            case .character("|"): rules.insert(columns.count)
            case .character("p"), .character("m"), .character("b"):
                try skipBracedArgument(in: "array column spec", at: token.offset)
                columns.append(.left)
            case .character("@"), .character("!"):
                try skipBracedArgument(in: "array column spec", at: token.offset)
            default:
                throw MathSyntaxError("unsupported array column spec entry \(token.spelling) (use l, c, r, |, p{..} or @{..})", at: token.offset)
            }
        }
        guard peek != nil else { throw MathSyntaxError("missing } for the { opened here", at: open.offset) }
        advance()
        guard !columns.isEmpty else {
            throw MathSyntaxError("the array column spec has no columns", at: open.offset)
        }
        return (columns, rules)
    }

    /// Skips a balanced `{...}` (content that layout does not need).
    private mutating func skipBracedArgument(in context: String, at offset: Int) throws(MathSyntaxError) {
        skipSpaces()
        guard let open = peek, open.kind == .beginGroup else {
            throw MathSyntaxError("missing {...} in the \(context)", at: offset)
        }
        var depth = 0
        while let token = peek {
            advance()
            if token.kind == .beginGroup { depth += 1 }
            if token.kind == .endGroup {
                depth -= 1
                if depth == 0 { return }
            }
        }
        throw MathSyntaxError("missing } for the { opened here", at: open.offset)
    }

    /// The vertical position `[t]`, `[c]` or `[b]` of aligned, gathered and array (no effect in MathML).
    private mutating func skipPositionArgument() {
        var look = position
        while look < tokens.count, tokens[look].kind == .space { look += 1 }
        guard look + 2 < tokens.count, tokens[look].isCharacter("["), tokens[look + 2].isCharacter("]"),
              case .character(let letter) = tokens[look + 1].kind, ["t", "c", "b"].contains(letter) else { return }
        position = look + 3
    }

    /// `\substack{a \\ b}`: lines stacked under a large operator.
    mutating func parseSubstack(command: Token) throws(MathSyntaxError) -> MathNode {
        skipSpaces()
        guard let open = peek, open.kind == .beginGroup else {
            throw MathSyntaxError("missing argument for \\substack", at: command.offset)
        }
        advance()
        var lines: [[MathNode]] = []
        while true {
            let (nodes, end) = try parseRow()
            lines.append([Self.rowNode(nodes)])
            switch end {
            case .newRow:
                advance()
            case .endGroup:
                advance()
                return .table(MathTable(
                    rows: lines, columns: [.center], isAlignment: false, displayStyle: false,
                    ruledRows: [], ruledColumns: []
                ))
            case .endOfInput:
                throw MathSyntaxError("missing } for the { opened here", at: open.offset)
            default:
                throw unexpectedEnd(end)
            }
        }
    }
}
