import Markup

/// The page the preview shows in place of a lesson whose last render failed: the
/// diagnostics exactly as the terminal shows them (`path:line:col: error: message`,
/// the source line and its caret), escaped by Markup like everything else. It exists
/// only in the preview server's answers, never on disk.
enum ErrorPage {
    static func html(notebook: String, diagnostics: String) -> String {
        let page: Node = .element("html", ["lang": "en"], [
            .element("head", [:], [
                .element("meta", ["charset": "utf-8"]),
                .element("title", [:], [.text("Error in \(notebook) — nbrun preview")]),
                .element("style", [:], [.raw(style)]),
            ]),
            .element("body", [:], [
                .element("h1", [:], [.text("nbrun could not render \(notebook)")]),
                .element("pre", ["class": "nb-diagnostics"], [.text(diagnostics)]),
                .element("p", [:], [.text("Fix the notebook and save: this page reloads by itself.")]),
            ]),
        ])
        return "<!DOCTYPE html>\n" + MarkupWriter().render(page) + "\n"
    }

    private static let style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
        h1{font-size:1.3rem;color:#a4161a}
        pre{background:#fff5f5;border-left:4px solid #a4161a;padding:1rem;overflow-x:auto;font-size:0.95rem}
        """
}
