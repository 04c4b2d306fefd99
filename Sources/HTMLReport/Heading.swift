import Markup

/// A heading with a stable anchor: `<h2 id="anchor">text <a class="nb-anchor" href="#anchor">#</a></h2>`.
/// The `#` link lets a teacher copy a link to the section.
public enum Heading {
    /// - Precondition: `level` is 1…6 and `anchor` a non-empty token without spaces.
    public static func node(level: Int, text: [Node], anchor: String) -> Node {
        precondition((1...6).contains(level), "heading levels run from 1 to 6")
        precondition(!anchor.isEmpty && !anchor.contains(where: \.isWhitespace), "an anchor is a non-empty token")
        return .element("h\(level)", ["id": anchor], text + [
            .text(" "),
            .element("a", ["class": "nb-anchor", "href": "#" + anchor, "aria-label": "Link to this section"], text: "#"),
        ])
    }

    public static func node(level: Int, text: String, anchor: String) -> Node {
        node(level: level, text: [.text(text)], anchor: anchor)
    }

    /// A `<section>` opened by a heading.
    public static func section(level: Int, title: String, anchor: String, body: [Node]) -> Node {
        .element("section", [:], [node(level: level, text: title, anchor: anchor)] + body)
    }
}
