import Markup

/// A numbered figure: the inline SVG, then "Figure n. caption" and a link to the
/// figure's standalone `.svg` file.
///
/// `id` goes on the `<figure>`; pass the same id to the plot's `svg(id:)` so the
/// SVG's own ids (`id-title`, `id-desc`) are unique on the page.
public struct Figure: Sendable {
    public var number: Int
    public var id: String
    public var svg: Node
    public var caption: [Node]
    /// A relative link to the `.svg` file, e.g. `xor/figure-2.svg`.
    public var fileHref: String?

    public init(number: Int, id: String, svg: Node, caption: [Node], fileHref: String? = nil) {
        self.number = number
        self.id = id
        self.svg = svg
        self.caption = caption
        self.fileHref = fileHref
    }

    public var node: Node {
        var captionChildren: [Node] = [.element("span", ["class": "nb-figure-number"], text: "Figure \(number)."), .text(" ")]
        captionChildren += caption
        if let fileHref {
            captionChildren.append(.text(" "))
            captionChildren.append(.element("a", ["class": "nb-figure-link", "href": fileHref], text: "(SVG file)"))
        }
        return .element("figure", ["id": id, "class": "nb-figure"], [
            svg,
            .element("figcaption", [:], captionChildren),
        ])
    }
}
