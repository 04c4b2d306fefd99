import Markup

/// `output/index.html`: the lessons, each linked with its title and a one-line description.
public struct IndexPage: Sendable {
    public struct Entry: Sendable, Equatable {
        public var title: String
        /// Relative, e.g. `xor.html`.
        public var href: String
        public var description: String

        public init(title: String, href: String, description: String = "") {
            self.title = title
            self.href = href
            self.description = description
        }
    }

    public var title: String
    public var introduction: String
    public var entries: [Entry]
    public var lang: String

    public init(title: String, introduction: String = "", entries: [Entry], lang: String = "en") {
        self.title = title
        self.introduction = introduction
        self.entries = entries
        self.lang = lang
    }

    public func html() -> String {
        var children: [Node] = [.element("header", [:], [.element("h1", ["class": "nb-title"], text: title)])]
        var main: [Node] = []
        if !introduction.isEmpty { main.append(.element("p", [:], text: introduction)) }
        main.append(.element("ul", ["class": "nb-index"], entries.map { entry in
            var item: [Node] = [.element("a", ["href": entry.href], text: entry.title)]
            if !entry.description.isEmpty { item.append(.element("p", [:], text: entry.description)) }
            return .element("li", [:], item)
        }))
        children.append(.element("main", ["class": "nb-body"], main))
        return PageShell(lang: lang, title: title, css: Stylesheet.document + Stylesheet.report,
                         content: .element("div", ["class": "nbrun"], children)).html()
    }
}
