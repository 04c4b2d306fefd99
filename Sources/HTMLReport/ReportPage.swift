import Markup

/// The rendered lesson: a full HTML5 document or an embeddable fragment.
///
/// Both share one tree: a root `.nbrun` element holding the header (title, subtitle,
/// author and date as given — nothing is generated, so the output is reproducible), the
/// table of contents, the body and the footer. The document wraps it in
/// `<html><head>` with one `<style>` (``Stylesheet``); the fragment is
/// `<div class="nbrun"><style>…</style>…</div>` with no html/head/body and no script
/// (see ``Stylesheet`` for how its styles stay inside it). Nothing refers to any URL.
///
/// `extraCSS` (e.g. the math module's styles) is appended after the report's rules;
/// its provider must scope every selector under `.nbrun` so fragments stay contained.
public struct ReportPage: Sendable {
    public var title: String
    public var subtitle: String
    public var author: String
    /// Written as given (e.g. from front matter); never the current date.
    public var date: String
    /// The page's language, e.g. "en".
    public var lang: String
    public var body: [Node]
    public var tableOfContents: [TableOfContentsEntry]
    public var extraCSS: [String]
    public var footer: [Node]
    /// A fragment's colours: light unless asked to follow the reader's dark preference.
    public var colorScheme: FragmentColorScheme = .light

    public init(
        title: String, subtitle: String = "", author: String = "", date: String = "", lang: String = "en",
        body: [Node], tableOfContents: [TableOfContentsEntry] = [], extraCSS: [String] = [], footer: [Node] = []
    ) {
        precondition(extraCSS.allSatisfy { !$0.lowercased().contains("</style") }, "CSS must not close its <style>")
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.date = date
        self.lang = lang
        self.body = body
        self.tableOfContents = tableOfContents
        self.extraCSS = extraCSS
        self.footer = footer
    }

    public enum Mode: Sendable {
        /// A whole HTML5 page.
        case document
        /// `<div class="nbrun">…</div>` for pasting into another page.
        case fragment
    }

    /// The page's text in `mode`.
    public func html(_ mode: Mode) -> String {
        switch mode {
        case .document:
            return PageShell(lang: lang, title: title, css: Stylesheet.document + Stylesheet.report + extraCSS.joined(separator: "\n"),
                             content: .element(root(bodyElement: "main"))).html()
        case .fragment:
            var css = Stylesheet.fragmentReset + Stylesheet.report + extraCSS.joined(separator: "\n")
            if colorScheme == .light { css = FragmentColorScheme.removingDarkRules(css) }
            var root = root(bodyElement: "div")
            root.children.insert(.element("style", [:], [.raw(css)]), at: 0)
            return MarkupWriter(dialect: .html).render(.element(root))
        }
    }

    /// The `.nbrun` root; the body sits in `<main>` for a document, in a `<div>` for a fragment
    /// (a host page has its own `<main>`).
    private func root(bodyElement: String) -> Element {
        var header: [Node] = [.element("h1", ["class": "nb-title"], text: title)]
        if !subtitle.isEmpty { header.append(.element("p", ["class": "nb-subtitle"], text: subtitle)) }
        let byline = [author, date].filter { !$0.isEmpty }.joined(separator: " · ")
        if !byline.isEmpty { header.append(.element("p", ["class": "nb-byline"], text: byline)) }
        var children: [Node] = [.element("header", [:], header)]
        if let contents = TableOfContents.node(tableOfContents) { children.append(contents) }
        children.append(.element(bodyElement, ["class": "nb-body"], body))
        if !footer.isEmpty { children.append(.element("footer", [:], footer)) }
        return Element(name: "div", attributes: [Attribute("class", "nbrun"), Attribute("lang", lang)], children: children)
    }
}
