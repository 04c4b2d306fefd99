import Markup

/// One line of the table of contents.
public struct TableOfContentsEntry: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var anchor: String

    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// Nested `<ol>` lists from a flat list of headings: an entry deeper than the one
/// before it goes inside that one's `<li>` (skipped levels nest one step only).
enum TableOfContents {
    static func node(_ entries: [TableOfContentsEntry]) -> Node? {
        guard !entries.isEmpty else { return nil }
        var index = 0
        let list = items(entries, index: &index, level: entries.map(\.level).min()!)
        return .element("nav", ["class": "nb-toc", "aria-label": "Contents"], [
            .element("p", ["class": "nb-toc-title"], text: "Contents"),
            .element("ol", [:], list),
        ])
    }

    /// The `<li>`s of entries from `index` while they are at least `level` deep.
    private static func items(_ entries: [TableOfContentsEntry], index: inout Int, level: Int) -> [Node] {
        var result: [Node] = []
        while index < entries.count && entries[index].level >= level {
            let entry = entries[index]
            index += 1
            var children: [Node] = [.element("a", ["href": "#" + entry.anchor], text: entry.text)]
            if index < entries.count && entries[index].level > entry.level {
                children.append(.element("ol", [:], items(entries, index: &index, level: entry.level + 1)))
            }
            result.append(.element("li", [:], children))
        }
        return result
    }
}
