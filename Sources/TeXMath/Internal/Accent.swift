/// An accent or a brace/arrow drawn over or under its argument.
struct Accent: Sendable {
    var mark: String
    var isOver: Bool
    /// Wide accents stretch to the width of their argument. In Chromium with
    /// Latin Modern Math only U+0302 (`\widehat`) and arrows and braces grow;
    /// `\widetilde` and `\widecheck` keep their centred spacing-modifier glyphs.
    var stretches: Bool
    /// Accents sit close to the base at full size; other marks (braces,
    /// `\vec`'s arrow) are set like a script.
    var isAccent: Bool
    /// Scripts that follow go under/over (`\underbrace{...}_{n}`).
    var takesLimits = false

    static let named: [String: Accent] = [
        "hat": Accent(mark: "\u{02C6}", isOver: true, stretches: false, isAccent: true),
        "widehat": Accent(mark: "\u{0302}", isOver: true, stretches: true, isAccent: true),
        "tilde": Accent(mark: "\u{02DC}", isOver: true, stretches: false, isAccent: true),
        "widetilde": Accent(mark: "\u{02DC}", isOver: true, stretches: true, isAccent: true),
        "bar": Accent(mark: "\u{00AF}", isOver: true, stretches: false, isAccent: true),
        "check": Accent(mark: "\u{02C7}", isOver: true, stretches: false, isAccent: true),
        "widecheck": Accent(mark: "\u{02C7}", isOver: true, stretches: true, isAccent: true),
        "breve": Accent(mark: "\u{02D8}", isOver: true, stretches: false, isAccent: true),
        "acute": Accent(mark: "\u{00B4}", isOver: true, stretches: false, isAccent: true),
        "grave": Accent(mark: "\u{0060}", isOver: true, stretches: false, isAccent: true),
        "dot": Accent(mark: "\u{02D9}", isOver: true, stretches: false, isAccent: true),
        "ddot": Accent(mark: "\u{00A8}", isOver: true, stretches: false, isAccent: true),
        "dddot": Accent(mark: "\u{20DB}", isOver: true, stretches: false, isAccent: true),
        "mathring": Accent(mark: "\u{02DA}", isOver: true, stretches: false, isAccent: true),
        "vec": Accent(mark: "\u{2192}", isOver: true, stretches: false, isAccent: false),
        "overrightarrow": Accent(mark: "\u{2192}", isOver: true, stretches: true, isAccent: true),
        "overleftarrow": Accent(mark: "\u{2190}", isOver: true, stretches: true, isAccent: true),
        "overleftrightarrow": Accent(mark: "\u{2194}", isOver: true, stretches: true, isAccent: true),
        "underrightarrow": Accent(mark: "\u{2192}", isOver: false, stretches: true, isAccent: true),
        "underleftarrow": Accent(mark: "\u{2190}", isOver: false, stretches: true, isAccent: true),
        "underleftrightarrow": Accent(mark: "\u{2194}", isOver: false, stretches: true, isAccent: true),
        "overbrace": Accent(mark: "\u{23DE}", isOver: true, stretches: true, isAccent: false, takesLimits: true),
        "underbrace": Accent(mark: "\u{23DF}", isOver: false, stretches: true, isAccent: false, takesLimits: true),
        "overbracket": Accent(mark: "\u{23B4}", isOver: true, stretches: true, isAccent: false, takesLimits: true),
        "underbracket": Accent(mark: "\u{23B5}", isOver: false, stretches: true, isAccent: false, takesLimits: true),
        "overparen": Accent(mark: "\u{23DC}", isOver: true, stretches: true, isAccent: false, takesLimits: true),
        "underparen": Accent(mark: "\u{23DD}", isOver: false, stretches: true, isAccent: false, takesLimits: true),
    ]
}

extension Parser {
    mutating func parseAccent(_ accent: Accent, command: Token) throws(MathSyntaxError) -> Atom {
        let base = try parseArgument(for: command.spelling, at: command.offset)
        var mark = MathOperator(accent.mark)
        mark.stretchy = accent.stretches
        let node: MathNode = accent.isOver
            ? .limits(base: base, under: nil, over: .symbol(mark), accent: accent.isAccent)
            : .limits(base: base, under: .symbol(mark), over: nil, accent: accent.isAccent)
        return Atom(node, kind: .ordinary, placement: accent.takesLimits ? .always : .side)
    }
}
