import Foundation
import HTMLReport
import Markup
import NotebookKit
import TeXMath

/// The standalone HTML page: one self-contained file (inline CSS, SVG and MathML,
/// no scripts) around ``HTMLContentRenderer``'s content, each figure also as its own
/// SVG file, and the document's attachments beside it, all placed by the ``OutputLayout``.
public struct HTMLPageRenderer: DocumentRenderer {
    public struct Options: Sendable {
        /// Strip raw HTML from inline Markdown (captions), as from prose.
        public var safe = false
        /// Write an embeddable fragment instead of a full page.
        public var fragment = false
        /// A math font to embed (OpenType MATH table).
        public var mathFontPath: String?
        /// Links to the index and the previous/next lesson, in a course site.
        public var navigation: CourseNavigation?
        /// A fragment follows the reader's dark preference only when asked (`--follow-host-theme`).
        public var followHostTheme = false
        /// Where a fragment's relative links point once it is placed elsewhere (`--base-url`);
        /// without it they are listed in the footer.
        public var baseURL: String?

        public init(safe: Bool = false, fragment: Bool = false, mathFontPath: String? = nil, navigation: CourseNavigation? = nil,
                    followHostTheme: Bool = false, baseURL: String? = nil) {
            self.followHostTheme = followHostTheme
            self.baseURL = baseURL
            self.safe = safe
            self.fragment = fragment
            self.mathFontPath = mathFontPath
            self.navigation = navigation
        }
    }

    public var options: Options
    private var content: HTMLContentRenderer

    /// - Parameter phaseTimes: where math typesetting time is counted, when measured.
    public init(options: Options, phaseTimes: PhaseTimes? = nil) {
        self.options = options
        content = HTMLContentRenderer(safe: options.safe, phaseTimes: phaseTimes)
    }

    public mutating func render(_ document: NotebookDocument, layout: OutputLayout) throws(Diagnostic) -> RenderedOutput {
        let stem = document.metadata.stem
        let rendered = try content.render(document, layout: layout)
        var css = [MathStylesheet.css]
        if let fontPath = options.mathFontPath {
            css.append(try fontFace(fontPath, notebook: document.metadata.sourcePath))
        }
        var files = rendered.files
        files += document.attachments.map { OutputFile(relativePath: layout.path(of: $0, stem: stem), bytes: $0.bytes) }
        let kind: OutputNeeds.Kind = options.fragment ? .fragment : .standalonePage
        let references = Set(document.attachments.filter { $0.kind == .reference }.map(\.name))
        var footerText = "Rendered by nbrun \(document.run.nbrunVersion) from \(document.metadata.displayName). "
            + OutputNeeds(files: files, references: references, kind: kind).sentence(for: kind, active: document.metadata.activeContent)
        var body = rendered.body
        if let navigation = options.navigation {
            body.insert(navigation.node(label: "Course"), at: 0)
            body.append(navigation.node(label: "Course, after the lesson"))
        }
        let metadata = document.metadata
        var page = ReportPage(
            title: metadata.title, subtitle: metadata.subtitle ?? "", author: metadata.author ?? "",
            date: metadata.date ?? "", body: body, tableOfContents: rendered.tableOfContents, extraCSS: css, footer: [.text(footerText)])
        page.colorScheme = options.followHostTheme ? .followHost : .light
        var html = page.html(options.fragment ? .fragment : .document)
        if options.fragment {
            if let base = options.baseURL {
                footerText += " Its links to files point to \(base)."
                page.footer = [.text(footerText)]
                html = RelativeLinks.absolute(page.html(.fragment), base: base)
            } else {
                let links = RelativeLinks.values(in: html)
                if !links.isEmpty {
                    footerText += " Its links are relative to the page it is placed in (give --base-url to make them absolute): "
                        + links.joined(separator: ", ") + "."
                    page.footer = [.text(footerText)]
                    html = page.html(.fragment)
                }
            }
        }
        let mainPath = layout.reportPath(stem: stem)
        var all = [OutputFile(relativePath: mainPath, bytes: Array(html.utf8))]
        all += files
        return RenderedOutput(mainPath: mainPath, files: all, warnings: rendered.warnings)
    }

    /// What the footer may truthfully say about scripts and the network.
    static func selfContainment(_ active: ActiveContent) -> String {
        switch (active.hasScripts, active.needsNetwork) {
        case (false, false): "No scripts and no network: everything is in this file."
        case (true, false): "It runs scripts from the notebook's raw HTML; it needs no network."
        case (false, true): "No scripts, but it loads resources from the network (the notebook's raw HTML or remote images)."
        case (true, true): "It runs scripts from the notebook's raw HTML and loads resources from the network."
        }
    }

    private func fontFace(_ path: String, notebook: String) throws(Diagnostic) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("--math-font: cannot read '\(path)'", at: SourceLocation(path: notebook, line: 1, column: 1))
        }
        return MathStylesheet.fontFace(embedding: Array(data), format: MathStylesheet.fontFormat(forFileName: path))
    }
}
