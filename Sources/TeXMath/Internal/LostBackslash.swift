/// Recognises command names whose backslash was lost to escape decoding.
///
/// When TeX passes through JSON or C string handling, `\t`, `\f`, `\b`, `\n`,
/// `\r`, `\v` and `\a` are read as control characters: `\text` becomes a tab
/// and `ext`, `\frac` a form feed and `rac`, `\right` a line break and `ight`.
/// Such a remnant is valid TeX (letters multiplied together), so it would
/// render silently wrong; it is reported instead. Only remnants of three or
/// more letters that are not themselves commands count (`mod` from `\bmod`
/// is left alone, as is `au` from `\tau`).
enum LostBackslash {
    /// The command a remnant came from, if `word` is one.
    static func command(forRemnant word: String) -> String? {
        remnants[word]
    }

    private static let escapeLetters: Set<Character> = ["a", "b", "f", "n", "r", "t", "v"]

    private static let remnants: [String: String] = {
        let names = Set(SymbolTable.entries.keys)
            .union(Parser.alphabetCommands.keys)
            .union(Parser.textCommands.keys)
            .union(Accent.named.keys)
            .union(Parser.fixedSpaces.keys)
            .union(Parser.extensibleArrows.keys)
            .union(Parser.structuralCommands)
        var result: [String: String] = [:]
        for name in names.sorted() {
            guard let first = name.first, escapeLetters.contains(first), name.count >= 4 else { continue }
            let remnant = String(name.dropFirst())
            guard !names.contains(remnant), result[remnant] == nil else { continue }
            result[remnant] = name
        }
        return result
    }()
}

extension Parser {
    /// Commands handled by the parser itself rather than by a table.
    static let structuralCommands: Set<String> = [
        "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "sqrt", "operatorname",
        "operatornamewithlimits", "mathop", "mathbin", "mathrel", "mathord", "mathopen", "mathclose",
        "mathpunct", "mathinner", "left", "right", "middle", "begin", "end", "overset", "underset",
        "stackrel", "overline", "underline", "boxed", "fbox", "framebox", "phantom", "hphantom",
        "vphantom", "smash", "ensuremath", "mathstrut", "strut", "textcolor", "color", "not", "bmod",
        "pmod", "mod", "pod", "hspace", "kern", "mkern", "mspace", "hskip", "mskip", "substack",
        "label", "nonumber", "notag", "tag", "colon", "hline", "hdashline", "cr", "over", "choose",
        "atop", "brace", "brack", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle",
        "limits", "nolimits", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "bigm", "Bigl", "Bigr",
        "Bigm", "biggl", "biggr", "biggm", "Biggl", "Biggr", "Biggm", "rm", "bf", "it", "cal", "sf", "tt",
        "cancel", "bcancel", "xcancel", "mathclap", "mathllap", "mathrlap",
    ]
}
