import Markup
import NotebookKit

/// Prose pieces as page nodes. Inline math and the punctuation right after it (`$x$.`,
/// `$f$,`, `$Y$;`) are kept on one line in a `<span class="math-nowrap">` (TeXMath's
/// stylesheet: `white-space: nowrap`), so a full stop never wraps alone onto the next
/// line, as TeX's rule against breaking before punctuation does.
enum ProseNodes {
    /// Characters that close a sentence or a bracket and must not start a line.
    static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "’", "”", "…"]

    static func nodes(_ pieces: [ProsePiece], typeset: (MathSpan) -> Node) -> [Node] {
        var nodes: [Node] = []
        var index = 0
        while index < pieces.count {
            switch pieces[index] {
            case .html(let html):
                nodes.append(.raw(html))
            case .math(let span):
                let formula = typeset(span)
                if !span.display, index + 1 < pieces.count, case .html(let next) = pieces[index + 1] {
                    let punctuation = next.prefix { trailingPunctuation.contains($0) }
                    if !punctuation.isEmpty {
                        nodes.append(.element("span", ["class": "math-nowrap"], [formula, .raw(String(punctuation))]))
                        nodes.append(.raw(String(next.dropFirst(punctuation.count))))
                        index += 2
                        continue
                    }
                }
                nodes.append(formula)
            }
            index += 1
        }
        return nodes
    }
}
