/// Commands that are a name and a value: alphabets, text styles, spaces, sizes, arrows.
extension Parser {
    static let alphabetCommands: [String: MathAlphabet] = [
        "mathrm": .roman, "mathup": .roman, "mathbf": .bold, "mathit": .italic, "mathcal": .script,
        "mathscr": .script, "mathbb": .doubleStruck, "mathfrak": .fraktur, "mathsf": .sansSerif,
        "mathtt": .monospace, "boldsymbol": .boldItalic, "bm": .boldItalic, "pmb": .boldItalic,
        "mathbfit": .boldItalic, "mathbfcal": .boldScript, "mathsfbf": .sansSerifBold, "mathnormal": .italic,
        "mathds": .doubleStruck, "mathbbm": .doubleStruck,
    ]

    static let textCommands: [String: TextStyle] = [
        "text": .plain, "textrm": .plain, "textnormal": .plain, "textup": .plain, "textmd": .plain,
        "mbox": .plain, "hbox": .plain, "textbf": .bold, "textit": .italic, "textsl": .italic, "emph": .italic,
        "texttt": .monospace, "textsf": .sansSerif,
    ]

    /// Spaces in em: TeX's math units are 1/18 em.
    static let fixedSpaces: [String: Double] = [
        ",": 3.0 / 18, "thinspace": 3.0 / 18, ":": 4.0 / 18, ">": 4.0 / 18, "medspace": 4.0 / 18,
        ";": 5.0 / 18, "thickspace": 5.0 / 18, "!": -3.0 / 18, "negthinspace": -3.0 / 18,
        "negmedspace": -4.0 / 18, "negthickspace": -5.0 / 18, "quad": 1, "qquad": 2, " ": 1.0 / 3,
        "space": 1.0 / 3, "enspace": 0.5,
    ]

    /// `\big` and friends: TeX's sizes 1.2, 1.8, 2.4 and 3.0 times 10 pt, in em of a 10 pt font.
    static let bigDelimiterSizes: [String: Double] = ["big": 1.2, "Big": 1.8, "bigg": 2.4, "Bigg": 3.0]

    /// `\xrightarrow` and friends: the arrow drawn under the label.
    static let extensibleArrows: [String: String] = [
        "xrightarrow": "→", "xleftarrow": "←", "xleftrightarrow": "↔", "xRightarrow": "⇒",
        "xLeftarrow": "⇐", "xLeftrightarrow": "⇔", "xmapsto": "↦", "xhookrightarrow": "↪",
        "xhookleftarrow": "↩", "xrightharpoonup": "⇀", "xrightleftharpoons": "⇌", "xlongequal": "=",
    ]
}
