import Markup

/// The root `<svg>` of every figure, and its standalone `.svg` file form.
///
/// Inline (in HTML) the root carries no namespace, so the page holds no URL at all;
/// ``standalone(_:)`` adds the XML declaration and `xmlns`. Every root has
/// `role="img"` and `aria-labelledby` naming its `<title>` and `<desc>`, whose ids are
/// the caller's figure id plus `-title` / `-desc`, so one figure can be inlined many
/// times on a page without clashing ids as long as the caller gives distinct ids.
public enum SVGDocument {
    /// The SVG namespace, added only to standalone files.
    public static let namespace = "http://www.w3.org/2000/svg"

    /// The font stack for all figure text (no web fonts: nothing is fetched).
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

    /// The text colour of standalone files (inline figures take the page's instead).
    public static let standaloneInk = "#1d1d1f"

    /// `<?xml …?>` plus the figure with `xmlns` on its root, as the text of a `.svg` file.
    /// The root also gets `color` (``standaloneInk``), so `currentColor` is a fixed dark grey
    /// wherever the file is opened; the background stays transparent for slides.
    public static func standalone(_ svg: Node) -> String {
        var root = svg
        if case .element(var element) = svg, element.name == "svg",
           !element.attributes.contains(where: { $0.name == "xmlns" }) {
            element.attributes.insert(Attribute("xmlns", namespace), at: 0)
            element.attributes.append(Attribute("color", standaloneInk))
            root = .element(element)
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + MarkupWriter(dialect: .xml).render(root)
    }

    /// A figure root of `width × height` view-box units holding `<title>`, `<desc>` and `content`.
    ///
    /// - Precondition: `id` is non-empty and has no whitespace (it prefixes element ids).
    static func root(id: String, width: Int, height: Int, title: String, description: String, content: [Node]) -> Node {
        precondition(!id.isEmpty && !id.contains(where: \.isWhitespace), "a figure id must be a non-empty token")
        let titleID = id + "-title"
        let descriptionID = id + "-desc"
        return .element("svg", attributes: [
            Attribute("viewBox", "0 0 \(width) \(height)"),
            Attribute("width", String(width)),
            Attribute("height", String(height)),
            Attribute("role", "img"),
            Attribute("aria-labelledby", titleID + " " + descriptionID),
            Attribute("font-family", fontFamily),
            Attribute("font-size", "13"),
            // Tabular figures: tick labels and legends line up digit under digit.
            Attribute("style", "font-variant-numeric:tabular-nums"),
            Attribute("fill", Palette.ink),
        ], [
            .element("title", ["id": titleID], text: title),
            .element("desc", ["id": descriptionID], text: description),
        ] + content)
    }
}
