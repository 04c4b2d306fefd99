import Markup
extension Parser {
    /// `\text{...}` and its relatives: the argument read as text, not math.
    ///
    /// Text-mode conventions apply: `--` and `---` are dashes, ``` `` ``` and `''`
    /// quotes, `~` a no-break space, `\_ \% \& \# \$ \{ \}` the characters, and
    /// `$...$` math inside the text. Underscores and carets are kept as
    /// characters (LaTeX would stop with an error; a report should rather show
    /// `exp_values`). Spaces at either end of a text run become no-break spaces,
    /// since a browser drops them at the edges of `<mtext>`.
    mutating func parseText(style: TextStyle, command: Token) throws(MathSyntaxError) -> MathNode {
        skipSpaces()
        guard let open = peek else {
            throw MathSyntaxError("missing argument for \(command.spelling)", at: command.offset)
        }
        var text = TextRun(style: style)
        switch open.kind {
        case .beginGroup:
            advance()
            try readTextGroup(into: &text, openedAt: open)
        case .character(let scalar) where scalar != "$":
            advance()
            text.buffer.unicodeScalars.append(scalar)
        default:
            throw MathSyntaxError("missing argument for \(command.spelling)", at: command.offset)
        }
        return text.node()
    }

    private mutating func readTextGroup(into text: inout TextRun, openedAt open: Token) throws(MathSyntaxError) {
        try descend(at: open.offset)
        defer { nesting -= 1 }
        while let token = peek {
            advance()
            switch token.kind {
            case .endGroup:
                return
            case .beginGroup:
                try readTextGroup(into: &text, openedAt: token)
            case .character("$"):
                let (nodes, end) = try parseRow(closingAt: "$")
                guard end == .closingCharacter else {
                    if end == .endOfInput || end == .endGroup { throw MathSyntaxError("missing $ to end the math in this text", at: token.offset) }
                    throw unexpectedEnd(end)
                }
                advance()
                text.append(math: Self.rowNode(nodes))
            case .character("~"):
                text.buffer += "\u{00A0}"
            case .character(let scalar):
                text.buffer.unicodeScalars.append(scalar)
            case .space:
                text.buffer += " "
            case .superscriptMark:
                text.buffer += "^"
            case .subscriptMark:
                text.buffer += "_"
            case .alignmentTab:
                throw MathSyntaxError("& inside text (write \\& for the character)", at: token.offset)
            case .command(let name):
                if let replacement = Self.textSymbols[name] {
                    text.buffer += replacement
                } else if Self.textCommands[name] != nil {
                    skipSpaces()
                    guard let inner = peek, inner.kind == .beginGroup else {
                        throw MathSyntaxError("missing argument for \\\(name)", at: token.offset)
                    }
                    advance()
                    try readTextGroup(into: &text, openedAt: inner)
                } else if let entry = SymbolTable.entries[name], entry.role == .identifier || entry.role == .upright {
                    text.buffer += entry.text
                } else {
                    throw MathSyntaxError("unknown command \\\(name) in text", at: token.offset)
                }
            }
        }
        throw MathSyntaxError("missing } for the { opened here", at: open.offset)
    }

    private static let textSymbols: [String: String] = [
        " ": " ", "space": " ", ",": "\u{2009}", ":": "\u{2005}", ">": "\u{2005}", ";": "\u{2004}",
        "!": "", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", "\\": " ", "_": "_", "%": "%",
        "$": "$", "#": "#", "&": "&", "{": "{", "}": "}", "textbackslash": "\\", "ldots": "…",
        "dots": "…", "textellipsis": "…", "textendash": "–", "textemdash": "—", "textasciitilde": "~",
        "textasciicircum": "^", "textunderscore": "_", "S": "§", "P": "¶", "textbullet": "•",
        "textdegree": "°", "copyright": "©", "textregistered": "®", "LaTeX": "LaTeX", "TeX": "TeX",
    ]
}

/// Text being read from a `\text` argument: finished pieces and the run in progress.
struct TextRun {
    let style: TextStyle
    var pieces: [MathNode] = []
    var buffer = ""

    init(style: TextStyle) {
        self.style = style
    }

    /// Ends the current text run and adds math (from `$...$` inside the text).
    mutating func append(math: MathNode) {
        flush()
        pieces.append(math)
    }

    /// The text as one `<mtext>`, or a row of text and math pieces.
    mutating func node() -> MathNode {
        flush()
        if pieces.count == 1 { return pieces[0] }
        return pieces.isEmpty ? .text("", style: style) : .row(pieces)
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        pieces.append(.text(Self.typeset(buffer), style: style))
        buffer = ""
    }

    /// Text with TeX's ligatures applied and edge spaces made no-break.
    static func typeset(_ raw: String) -> String {
        var text = raw
            .replacingAll("---", with: "—")
            .replacingAll("--", with: "–")
            .replacingAll("``", with: "“")
            .replacingAll("''", with: "”")
            .replacingAll("`", with: "‘")
            .replacingAll("'", with: "’")
        while text.contains("  ") { text = text.replacingAll("  ", with: " ") }
        if text.hasPrefix(" ") { text = "\u{00A0}" + text.dropFirst() }
        if text.hasSuffix(" ") { text = text.dropLast() + "\u{00A0}" }
        return text
    }
}

