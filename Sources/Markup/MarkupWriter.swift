/// Turns ``Node`` trees into text.
///
/// Two dialects: `.html` (HTML5 serialisation: void elements as `<br>`,
/// foreign SVG/MathML elements self-closed when empty) and `.xml` (every empty
/// element self-closed, for standalone `.svg` files). Block-level elements are
/// followed by a newline so committed reports give small, readable diffs;
/// whitespace is never added inside text-bearing elements.
public struct MarkupWriter: Sendable {
    public enum Dialect: Sendable { case html, xml }

    public var dialect: Dialect

    public init(dialect: Dialect = .html) {
        self.dialect = dialect
    }

    /// The text of `node`.
    public func render(_ node: Node) -> String {
        var output = ""
        write(node, into: &output, foreign: dialect == .xml)
        return output
    }

    /// The text of several nodes in sequence.
    public func render(_ nodes: [Node]) -> String {
        render(.fragment(nodes))
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Elements after whose opening tag (when the first child is an element) and
    /// closing tag a newline is written.
    private static let blockElements: Set<String> = [
        "html", "head", "body", "header", "footer", "main", "nav", "section", "article", "aside",
        "div", "table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "li", "dl", "figure", "details",
        "svg", "g", "defs", "style", "title", "meta", "link", "p", "h1", "h2", "h3", "h4", "h5", "h6",
        "figcaption", "summary", "pre", "blockquote", "hr", "clipPath", "linearGradient", "desc",
        "path", "rect", "line", "circle", "text", "polyline", "polygon",
    ]

    private func write(_ node: Node, into output: inout String, foreign: Bool) {
        switch node {
        case .text(let string):
            output += Escaping.text(string)
        case .raw(let string):
            output += string
        case .comment(let string):
            // "--" may not appear inside a comment.
            output += "<!-- " + Escaping.text(string).replacingAll("--", with: "- -") + " -->"
        case .fragment(let nodes):
            for child in nodes { write(child, into: &output, foreign: foreign) }
        case .element(let element):
            write(element, into: &output, foreign: foreign)
        }
    }

    private func write(_ element: Element, into output: inout String, foreign: Bool) {
        let isForeign = foreign || element.name == "svg" || element.name == "math"
        output += "<" + element.name
        for attribute in element.attributes {
            output += " " + attribute.name + "=\"" + Escaping.attribute(attribute.value) + "\""
        }
        let isBlock = Self.blockElements.contains(element.name)
        if element.children.isEmpty {
            if isForeign {
                output += "/>"
            } else if Self.voidElements.contains(element.name) {
                output += ">"
            } else {
                output += "></" + element.name + ">"
            }
            if isBlock { output += "\n" }
            return
        }
        output += ">"
        if isBlock, case .element = element.children.first, element.name != "pre" {
            output += "\n"
        }
        for child in element.children {
            write(child, into: &output, foreign: isForeign)
        }
        output += "</" + element.name + ">"
        if isBlock { output += "\n" }
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (no Foundation needed).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
