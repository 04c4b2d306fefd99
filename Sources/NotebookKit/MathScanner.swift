/// Finds formulas in the inline content of one paragraph or heading, reading left
/// to right as pandoc does, so whichever construct starts first wins:
///
/// - `\` + ASCII punctuation is an escape (so `\$` is a literal dollar and `\\(`
///   is not math), except `\(` and `\[`, which open math when a closing `\)` / `\]`
///   follows in the same paragraph (the TeX must not be blank);
/// - code spans, raw HTML, autolinks and link destinations (after `](`) are
///   stepped over: math is never looked for inside them;
/// - `$$...$$` is display math (the TeX must not be blank; it may span lines);
/// - `$...$` is inline math when the opening `$` has a non-blank character right
///   after it and the closing `$` a non-blank character right before it and no
///   digit right after it (pandoc's `tex_math_dollars`; `$5 and $6` is not math).
///
/// Inside math, `\` + any character is taken together, so `\$` and `\)` never close it.
enum MathScanner {
    /// A formula found in the content: `open..<end` covers the delimiters, `tex` the TeX.
    struct Formula: Equatable {
        var open: Int
        var tex: Range<Int>
        var end: Int
        var display: Bool
    }

    /// A footnote reference `[^name]` (the name has no blank and no bracket) at `range`.
    struct FootnoteReference: Equatable {
        var range: Range<Int>
        var name: String
    }

    /// A cross-reference: `@eq-loss`, `@sec-intro` (Quarto), `\eqref{eq:loss}`, `\ref{eq:loss}` (LaTeX).
    struct Reference: Equatable {
        enum Style: Equatable { case at, eqref, ref }
        var range: Range<Int>
        var style: Style
        var label: String
    }

    static func formulas(in bytes: [UInt8]) -> [Formula] {
        scan(bytes, footnotes: false).formulas
    }

    /// The formulas and, when `footnotes` is set, the footnote references outside them.
    /// With `footnotes` set, cross-references are looked for too.
    static func scan(_ bytes: [UInt8], footnotes: Bool) -> (formulas: [Formula], footnotes: [FootnoteReference], references: [Reference]) {
        var formulas: [Formula] = []
        var references: [FootnoteReference] = []
        var crossReferences: [Reference] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            switch byte {
            case ASCII.backslash where footnotes && (InlineSyntax.hasPrefix(bytes, "\\eqref{", at: index) || InlineSyntax.hasPrefix(bytes, "\\ref{", at: index)):
                let isEqref = bytes[index + 1] == UInt8(ascii: "e")
                let open = index + (isEqref ? 7 : 5)
                if let close = bytes[open...].firstIndex(of: ASCII.closeBrace), close > open,
                   !bytes[open..<close].contains(where: ASCII.isWhitespace) {
                    crossReferences.append(Reference(
                        range: index..<(close + 1), style: isEqref ? .eqref : .ref,
                        label: String(decoding: bytes[open..<close], as: UTF8.self)))
                    index = close + 1
                } else {
                    index += 1
                }
            case UInt8(ascii: "@") where footnotes && (index == 0 || !(ASCII.isAlphanumeric(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "."))):
                var end = index + 1
                while end < bytes.count, ASCII.isAlphanumeric(bytes[end]) || "-_:".utf8.contains(bytes[end]) { end += 1 }
                while end > index + 1, "-_:".utf8.contains(bytes[end - 1]) { end -= 1 }
                let label = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if CrossReferenceKind(label: label) != nil {
                    crossReferences.append(Reference(range: index..<end, style: .at, label: label))
                    index = end
                } else {
                    index += 1
                }
            case ASCII.backslash:
                if next == ASCII.openParen || next == ASCII.openBracket {
                    let closer: UInt8 = next == ASCII.openParen ? ASCII.closeParen : ASCII.closeBracket
                    if let formula = escapedFormula(bytes, at: index, closer: closer) {
                        formulas.append(formula)
                        index = formula.end
                        continue
                    }
                }
                index += next.map(ASCII.isPunctuation) == true ? 2 : 1
            case ASCII.backtick:
                index = InlineSyntax.codeSpanEnd(bytes, at: index)
                    ?? index + InlineSyntax.runLength(bytes, of: ASCII.backtick, at: index)
            case ASCII.lessThan:
                index = InlineSyntax.rawHTMLOrAutolinkEnd(bytes, at: index) ?? index + 1
            case ASCII.openBracket where footnotes && next == UInt8(ascii: "^"):
                var end = index + 2
                while end < bytes.count, !ASCII.isWhitespace(bytes[end]), bytes[end] != ASCII.closeBracket,
                      bytes[end] != ASCII.openBracket {
                    end += 1
                }
                if end > index + 2, end < bytes.count, bytes[end] == ASCII.closeBracket {
                    references.append(FootnoteReference(
                        range: index..<(end + 1), name: String(decoding: bytes[(index + 2)..<end], as: UTF8.self)))
                    index = end + 1
                } else {
                    index += 1
                }
            case ASCII.closeBracket where next == ASCII.openParen:
                index = InlineSyntax.linkDestinationEnd(bytes, at: index + 1)
            case ASCII.dollar where next == ASCII.dollar:
                if let formula = displayDollarFormula(bytes, at: index) {
                    formulas.append(formula)
                    index = formula.end
                } else {
                    index += 2
                }
            case ASCII.dollar:
                if let formula = inlineDollarFormula(bytes, at: index) {
                    formulas.append(formula)
                    index = formula.end
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        return (formulas, references, crossReferences)
    }

    /// `\(...\)` or `\[...\]` starting at the backslash.
    private static func escapedFormula(_ bytes: [UInt8], at start: Int, closer: UInt8) -> Formula? {
        var index = start + 2
        while index + 1 < bytes.count {
            if bytes[index] == ASCII.backslash {
                if bytes[index + 1] == closer {
                    let tex = (start + 2)..<index
                    guard !isBlank(bytes[tex]) else { return nil }
                    return Formula(open: start, tex: tex, end: index + 2, display: closer == ASCII.closeBracket)
                }
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `$$...$$` starting at the first `$`.
    private static func displayDollarFormula(_ bytes: [UInt8], at start: Int) -> Formula? {
        var index = start + 2
        while index + 1 < bytes.count {
            if bytes[index] == ASCII.backslash {
                index += 2
            } else if bytes[index] == ASCII.dollar, bytes[index + 1] == ASCII.dollar {
                let tex = (start + 2)..<index
                guard !isBlank(bytes[tex]) else { return nil }
                return Formula(open: start, tex: tex, end: index + 2, display: true)
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `$...$` starting at the `$`, with pandoc's rules on blanks and digits.
    private static func inlineDollarFormula(_ bytes: [UInt8], at start: Int) -> Formula? {
        guard start + 1 < bytes.count, !ASCII.isWhitespace(bytes[start + 1]) else { return nil }
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.backslash {
                index += 2
                continue
            }
            if byte == ASCII.dollar, index > start + 1, !ASCII.isWhitespace(bytes[index - 1]),
               !(index + 1 < bytes.count && ASCII.isDigit(bytes[index + 1])) {
                return Formula(open: start, tex: (start + 1)..<index, end: index + 1, display: false)
            }
            index += 1
        }
        return nil
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy(ASCII.isWhitespace)
    }
}
