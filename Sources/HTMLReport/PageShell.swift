import Markup

/// `<!DOCTYPE html>` and the `<html><head>…</head><body>…</body></html>` around a page's content:
/// UTF-8, a viewport, `color-scheme` (so form controls and scrollbars follow dark mode),
/// the title and one `<style>`. No script, no link, no generator or date.
struct PageShell {
    var lang: String
    var title: String
    var css: String
    var content: Node

    func html() -> String {
        let head: Node = .element("head", [:], [
            .element("meta", ["charset": "utf-8"]),
            .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .element("meta", ["name": "color-scheme", "content": "light dark"]),
            .element("title", [:], text: title),
            .element("style", [:], [.raw(css)]),
        ])
        let page: Node = .element("html", ["lang": lang], [head, .element("body", [:], [content])])
        // The doctype is not an element, so it is the one piece written outside the node tree.
        return "<!DOCTYPE html>\n" + MarkupWriter(dialect: .html).render(page)
    }
}
