import Markup

/// Turns the math tree into MathML Core elements, as browsers render them.
///
/// Choices made for Chromium's MathML Core: a single upright letter gets
/// `mathvariant="normal"` (the only `mathvariant` browsers honour), styled
/// letters are already Unicode math alphanumerics, and what MathML Core leaves
/// out (`columnalign`, `<menclose>`) is done with inline CSS, which survives
/// being pasted into systems that strip `<style>` elements.
enum MathMLWriter {
    /// `<math>` with the formula and its TeX source in `<semantics>`.
    static func math(_ tree: MathNode, source: String, display: Bool) -> Node {
        let body: Node
        if case .row = tree { body = element(tree) } else { body = .element("mrow", [:], [element(tree)]) }
        let semantics = Node.element("semantics", [:], [
            body,
            .element("annotation", ["encoding": "application/x-tex"], text: source),
        ])
        return .element("math", attributes: display ? [Attribute("display", "block")] : [], [semantics])
    }

    static func element(_ node: MathNode) -> Node {
        switch node {
        case .identifier(let text, let upright):
            let normal = upright && text.unicodeScalars.count == 1
            return .element("mi", attributes: normal ? [Attribute("mathvariant", "normal")] : [], [.text(text)])
        case .number(let text):
            return .element("mn", text: text)
        case .symbol(let op):
            return .element("mo", attributes: attributes(of: op), [.text(op.text)])
        case .text(let text, let style):
            return .element("mtext", attributes: textStyle(style).map { [Attribute("style", $0)] } ?? [], [.text(text)])
        case .space(let length):
            if length.value < 0 {
                return .element("mspace", ["style": "margin-left: \(length.css)"])
            }
            return .element("mspace", ["width": length.css])
        case .row(let children):
            return .element("mrow", [:], children.map(element))
        case .fraction(let numerator, let denominator, let hasRule):
            return .element(
                "mfrac", attributes: hasRule ? [] : [Attribute("linethickness", "0")],
                [element(numerator), element(denominator)]
            )
        case .root(let radicand, nil):
            return .element("msqrt", [:], [element(radicand)])
        case .root(let radicand, let index?):
            return .element("mroot", [:], [element(radicand), element(index)])
        case .scripts(let base, let sub, let sup):
            return scripts(base, sub, sup)
        case .limits(let base, let under, let over, let accent):
            return limits(base, under, over, accent: accent)
        case .style(let content, let display):
            return .element("mstyle", ["displaystyle": display ? "true" : "false"], [element(content)])
        case .table(let table):
            return MathTableWriter(table: table).element()
        case .decorated(let content, let decoration):
            let children: [Node]
            if case .row(let items) = content { children = items.map(element) } else { children = [element(content)] }
            return .element("mrow", attributes: decorationAttributes(decoration), children)
        case .phantom(let content, let zeroWidth):
            let phantom = Node.element("mphantom", [:], [element(content)])
            return zeroWidth ? .element("mpadded", ["width": "0"], [phantom]) : phantom
        case .colored(let content, let color):
            // Chromium ignores `mathcolor`; CSS colour works on every MathML element.
            return .element("mrow", ["style": "color: \(color)"], [element(content)])
        }
    }

    private static func scripts(_ base: MathNode, _ sub: MathNode?, _ sup: MathNode?) -> Node {
        var baseElement = element(base)
        if case .symbol(let op) = base, op.size != nil {
            // `\bigr)^2`: Chromium sizes an embellished operator (an <mo> that is the base of
            // <msup>) without centring it on the math axis, so the parenthesis sags below the
            // line and the exponent floats away. Inside an <mrow> it stretches like any other.
            baseElement = .element("mrow", [:], [baseElement])
        }
        switch (sub, sup) {
        case (let sub?, let sup?): return .element("msubsup", [:], [baseElement, element(sub), element(sup)])
        case (let sub?, nil): return .element("msub", [:], [baseElement, element(sub)])
        case (nil, let sup?): return .element("msup", [:], [baseElement, element(sup)])
        case (nil, nil): return baseElement
        }
    }

    /// Limits and accents. An accent (`\bar`, `\hat`, `\tilde`, …) is written as an
    /// ordinary over/under script kept at full size (`math-depth: 0`), not with
    /// `accent="true"`: Chromium puts a true accent's ink directly on the base's
    /// top, so a macron or tilde touches tall letters (`\bar{X}`, `\tilde{b}`) with
    /// Latin Modern Math and with fonts without a MATH table alike, while a script
    /// gets the font's gap (`UpperLimitGapMin`). Checked by screenshot; the
    /// accent probes of scripts/check-math-render.sh measure the gap.
    private static func limits(_ base: MathNode, _ under: MathNode?, _ over: MathNode?, accent: Bool) -> Node {
        func script(_ node: MathNode) -> Node {
            guard accent, case .symbol(let op) = node else { return element(node) }
            return .element("mo", attributes: attributes(of: op) + [Attribute("style", "math-depth: 0")], [.text(op.text)])
        }
        switch (under, over) {
        case (let under?, let over?):
            return .element("munderover", [:], [element(base), script(under), script(over)])
        case (let under?, nil):
            return .element("munder", [:], [element(base), script(under)])
        case (nil, let over?):
            return .element("mover", [:], [element(base), script(over)])
        case (nil, nil):
            return element(base)
        }
    }

    /// Attributes in a fixed order, only where TeX differs from the operator dictionary.
    private static func attributes(of op: MathOperator) -> [Attribute] {
        var result: [Attribute] = []
        if let form = op.form { result.append(Attribute("form", form.rawValue)) }
        if let stretchy = op.stretchy { result.append(Attribute("stretchy", stretchy ? "true" : "false")) }
        if let symmetric = op.symmetric { result.append(Attribute("symmetric", symmetric ? "true" : "false")) }
        if let large = op.largeOperator { result.append(Attribute("largeop", large ? "true" : "false")) }
        if let movable = op.movableLimits { result.append(Attribute("movablelimits", movable ? "true" : "false")) }
        if let left = op.leftSpace { result.append(Attribute("lspace", left.css)) }
        if let right = op.rightSpace { result.append(Attribute("rspace", right.css)) }
        if let size = op.size {
            result.append(Attribute("minsize", size.css))
            result.append(Attribute("maxsize", size.css))
        }
        return result
    }

    private static func textStyle(_ style: TextStyle) -> String? {
        switch style {
        case .plain: return nil
        case .bold: return "font-weight: bold"
        case .italic: return "font-style: italic"
        case .monospace: return "font-family: monospace"
        case .sansSerif: return "font-family: sans-serif"
        }
    }

    /// A diagonal line across the box, drawn as a thin band of a CSS gradient.
    private static func stroke(_ direction: String) -> String {
        "linear-gradient(\(direction), transparent calc(50% - 0.04em), currentColor calc(50% - 0.04em), "
            + "currentColor calc(50% + 0.04em), transparent calc(50% + 0.04em))"
    }

    private static func decorationAttributes(_ decoration: Decoration) -> [Attribute] {
        switch decoration {
        case .box:
            return [Attribute("class", "math-boxed"), Attribute("style", "border: 1px solid; padding: 0.2em 0.3em")]
        case .overline:
            return [Attribute("class", "math-overline"), Attribute("style", "border-top: 0.06em solid; padding-top: 0.08em")]
        case .underline:
            return [Attribute("class", "math-underline"), Attribute("style", "border-bottom: 0.06em solid; padding-bottom: 0.08em")]
        case .cancel:
            return [Attribute("class", "math-cancel"), Attribute("style", "background: \(stroke("to top right"))")]
        case .backCancel:
            return [Attribute("class", "math-cancel"), Attribute("style", "background: \(stroke("to bottom right"))")]
        case .crossCancel:
            return [Attribute("class", "math-cancel"), Attribute("style", "background: \(stroke("to top right")), \(stroke("to bottom right"))")]
        }
    }
}
