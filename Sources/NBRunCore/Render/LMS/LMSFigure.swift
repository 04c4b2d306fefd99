import Markup

/// A figure as an image of its SVG file, then "Figure n. caption" as a paragraph:
/// `<p><img src="xor/figure-2-loss.svg" alt="…" width="640" height="400"></p><p>…</p>`.
/// Neither platform keeps inline SVG; both keep `<img>` with a relative `src`. Canvas also
/// keeps `max-width: 100%` so a figure never exceeds the column; Moodle removes it from
/// `<img>`, where the `width`/`height` attributes alone size the image.
struct LMSFigure {
    var number: Int
    var path: String
    /// The figure's description (its SVG's `<desc>`, else the step's short alternative).
    var alternative: String
    var size: (width: String, height: String)?
    var caption: [Node]
    var platform: LMSPlatform

    var node: Node {
        var attributes = [Attribute("src", path), Attribute("alt", alternative)]
        if let size {
            attributes += [Attribute("width", size.width), Attribute("height", size.height)]
        }
        if platform == .canvas { attributes.append(Attribute("style", InlineStyle.canvasImage)) }
        return .fragment([
            .element("p", ["style": "margin: 16px 0 0 0"], [.element("img", attributes: attributes)]),
            .element("p", ["style": InlineStyle.figureCaption], [.element("strong", [:], text: "Figure \(number).") , .text(" ")] + caption),
        ])
    }

    /// The text of the SVG's `<desc>` (the figure's description, which says what it shows
    /// with its numbers), or nil when it has none.
    static func description(of svg: Node) -> String? {
        func find(_ node: Node) -> Element? {
            switch node {
            case .element(let element):
                if element.name == "desc" { return element }
                for child in element.children { if let found = find(child) { return found } }
                return nil
            case .fragment(let nodes):
                for child in nodes { if let found = find(child) { return found } }
                return nil
            case .text, .raw, .comment:
                return nil
            }
        }
        guard let desc = find(svg) else { return nil }
        let text = desc.children.compactMap { child -> String? in
            if case .text(let text) = child { return text }
            return nil
        }.joined()
        return text.isEmpty ? nil : text
    }

    /// The `width` and `height` attributes of an `<svg>` root.
    static func size(of svg: Node) -> (width: String, height: String)? {
        guard case .element(let element) = svg,
              let width = element.attributes.first(where: { $0.name == "width" })?.value,
              let height = element.attributes.first(where: { $0.name == "height" })?.value else { return nil }
        return (width, height)
    }
}
