import Markup
import NotebookKit

/// Formulas as each platform can show them.
///
/// - Canvas keeps MathML but drops `mspace@width`, so every `<mspace width="w"/>` becomes
///   `<mpadded width="w"></mpadded>` (an empty box of the same width, which Canvas keeps).
/// - Moodle removes MathML; its MathJax filter typesets TeX between `\(`…`\)` (inline)
///   and `\[`…`\]` (display), so the formula is written as that text (escaped like any text).
enum LMSMath {
    static func moodle(_ span: MathSpan) -> Node {
        .text(span.display ? "\\[" + span.tex + "\\]" : "\\(" + span.tex + "\\)")
    }

    /// `node` with every `mspace` that has a width turned into an `mpadded` of that width.
    static func canvas(_ node: Node) -> Node {
        switch node {
        case .element(var element):
            if element.name == "mspace", let width = element.attributes.first(where: { $0.name == "width" }) {
                return .element(Element(name: "mpadded", attributes: [width], children: []))
            }
            // Canvas removes `style` from MathML (accents keep their full size through
            // `math-depth: 0`; without it they are drawn a little smaller, never lost).
            element.attributes.removeAll { $0.name == "style" }
            element.children = element.children.map(canvas)
            return .element(element)
        case .fragment(let nodes):
            return .fragment(nodes.map(canvas))
        case .text, .raw, .comment:
            return node
        }
    }
}
