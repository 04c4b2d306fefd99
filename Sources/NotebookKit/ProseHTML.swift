import Markup

/// The default HTML of prose blocks, as the standalone report shows them. Formulas stay
/// ``ProsePiece/math(_:)`` pieces for the caller to typeset. Every text from the
/// notebook is either cmark's output or escaped by Markup's ``Escaping``.
///
/// - a callout: `<div class="nb-callout nb-callout-note" role="note">` with a title line
///   `<p class="nb-callout-title"><strong>Note:</strong> Title</p>`; a foldable one is a
///   `<details>` whose `<summary>` is the title line (`open` when it starts open);
/// - an equation: `<p>` + formula + `</p>` (labelled: `<div class="nb-equation" id="label">`);
/// - the footnotes: `<section class="footnotes">` with an ordered list, each item ending
///   in a back-link (↩) to each reference.
enum ProseHTML {
    static func pieces(of blocks: [ProseElement]) -> [ProsePiece] {
        var pieces: [ProsePiece] = []
        for block in blocks { ProseAssembler.append(Self.pieces(of: block), to: &pieces) }
        return pieces
    }

    static func pieces(of block: ProseElement) -> [ProsePiece] {
        switch block {
        case .markdown(let markdown):
            return markdown.pieces
        case .equation(let equation):
            guard equation.label != nil || equation.number != nil else {
                return [.html("<p>"), .math(equation.math), .html("</p>\n")]
            }
            let id = equation.label.map { " id=\"\(Escaping.attribute($0))\"" } ?? ""
            let number = equation.number.map { "<span class=\"nb-equation-number\">(\(Escaping.text($0)))</span>" } ?? ""
            return [.html("<div class=\"nb-equation\"\(id)><span class=\"nb-equation-body\">"), .math(equation.math),
                    .html("</span>\(number)</div>\n")]
        case .rawHTML(let raw):
            return [.html(raw.html)]
        case .callout(let callout):
            return calloutPieces(callout)
        case .footnotes(let footnotes):
            return footnotePieces(footnotes)
        case .exercise(let exercise):
            let id = exercise.label.map { " id=\"\(Escaping.attribute($0))\"" } ?? ""
            var pieces: [ProsePiece] = [.html("<section class=\"nb-exercise\"\(id)>\n<p class=\"nb-exercise-title\"><strong>Exercise \(exercise.number)\(exercise.title == nil ? "" : ":")</strong>")]
            if let title = exercise.title { pieces += [.html(" ")] + title }
            pieces.append(.html("</p>\n"))
            pieces += Self.pieces(of: exercise.children)
            pieces.append(.html("</section>\n"))
            var merged: [ProsePiece] = []
            ProseAssembler.append(pieces, to: &merged)
            return merged
        case .solution(let solution):
            var pieces: [ProsePiece] = [.html("<details class=\"nb-solution\"\(solution.open ? " open" : "")>\n<summary><strong>Solution to Exercise \(solution.exerciseNumber)</strong></summary>\n")]
            pieces += Self.pieces(of: solution.children)
            pieces.append(.html("</details>\n"))
            var merged: [ProsePiece] = []
            ProseAssembler.append(pieces, to: &merged)
            return merged
        }
    }

    static func text(_ text: String) -> String { Escaping.text(text) }

    /// A cross-reference's link: `Equation (3)` for `@eq-x`, `(3)` for `\eqref`, `3` for
    /// `\ref`; a section's heading text.
    static func reference(_ style: MathScanner.Reference.Style, label: String, kind: CrossReferenceKind, text: String) -> String {
        let shown: String
        switch (kind, style) {
        case (.equation, .at): shown = "\(kind.word) (\(text))"
        case (.equation, .eqref): shown = "(\(text))"
        case (.equation, .ref): shown = text
        case (.section, _): shown = text
        case (.exercise, .at): shown = "\(kind.word) \(text)"
        case (.exercise, _): shown = text
        }
        return "<a class=\"nb-ref\" href=\"#\(Escaping.attribute(label))\">\(Escaping.text(shown))</a>"
    }

    /// The superscript link of the `index`-th reference (0-based) to footnote `number`.
    static func footnoteReference(number: Int, index: Int) -> String {
        "<sup class=\"footnote-ref\"><a href=\"#\(Footnote.anchor(number))\" id=\"\(Footnote.referenceAnchor(number, index))\" role=\"doc-noteref\">\(number)</a></sup>"
    }

    private static func calloutPieces(_ callout: CalloutBlock) -> [ProsePiece] {
        var classes = "nb-callout nb-callout-\(callout.kind.family.rawValue)"
        if callout.kind != callout.kind.family { classes += " nb-callout-\(callout.kind.rawValue)" }
        var title: [ProsePiece] = [.html("<strong>\(Escaping.text(callout.kind.word))\(callout.title == nil ? "" : ":")</strong>")]
        if let custom = callout.title {
            title.append(.html(" "))
            title += custom
        }
        var pieces: [ProsePiece]
        let close: String
        switch callout.collapse {
        case .none:
            pieces = [.html("<div class=\"\(classes)\" role=\"note\">\n<p class=\"nb-callout-title\">")] + title + [.html("</p>\n")]
            close = "</div>\n"
        case .closed, .open:
            let open = callout.collapse == .open ? " open" : ""
            pieces = [.html("<details class=\"\(classes)\"\(open)>\n<summary class=\"nb-callout-title\">")] + title + [.html("</summary>\n")]
            close = "</details>\n"
        }
        pieces += self.pieces(of: callout.children)
        pieces.append(.html(close))
        var merged: [ProsePiece] = []
        ProseAssembler.append(pieces, to: &merged)
        return merged
    }

    private static func footnotePieces(_ footnotes: [Footnote]) -> [ProsePiece] {
        var pieces: [ProsePiece] = [.html("<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Footnotes\">\n<hr>\n<ol>\n")]
        for footnote in footnotes {
            var item = self.pieces(of: footnote.children)
            let backLinks = (0..<max(footnote.referenceCount, 1)).map { index in
                "<a href=\"#\(footnote.referenceAnchor(index))\" class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"Back to reference \(footnote.number)\(index == 0 ? "" : "-\(index + 1)")\">↩\(index == 0 ? "" : "<sup>\(index + 1)</sup>")</a>"
            }.joined(separator: " ")
            if case .html(let last)? = item.last, last.hasSuffix("</p>\n") {
                item[item.count - 1] = .html(String(last.dropLast(5)) + " " + backLinks + "</p>\n")
            } else {
                item.append(.html("<p>" + backLinks + "</p>\n"))
            }
            pieces.append(.html("<li id=\"\(footnote.anchor)\">\n"))
            pieces += item
            pieces.append(.html("</li>\n"))
        }
        pieces.append(.html("</ol>\n</section>\n"))
        var merged: [ProsePiece] = []
        ProseAssembler.append(pieces, to: &merged)
        return merged
    }
}
