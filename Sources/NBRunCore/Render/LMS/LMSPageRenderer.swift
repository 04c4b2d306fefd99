import Markup
import NotebookKit
import Numerals
import SVGPlot

/// A lesson as an HTML fragment to paste into a course platform's page editor
/// (`--lms canvas`, `--lms moodle`), written so that the platform's sanitizer removes
/// nothing: no `<style>` element (every style is a `style=""` attribute), figures as
/// `<img>` of the SVG files written beside the page, math as the platform can show it
/// (``LMSMath``), cards as a table, callouts as bordered `div`s, step sources as
/// `details` (Canvas) or a labelled `pre` (Moodle, which removes `details`). The footer
/// lists the files to upload with the page, in the folder the page links them from.
public struct LMSPageRenderer: DocumentRenderer {
    public var platform: LMSPlatform
    /// Strip raw HTML from inline Markdown (captions), as from prose.
    public var safe: Bool
    /// Where the uploaded files are served (`--base-url`): relative `src`/`href` values
    /// are made absolute under it, since a platform serves pages and files at different URLs.
    public var baseURL: String?
    private var math = MathTypesetter()

    public init(platform: LMSPlatform, safe: Bool = false, baseURL: String? = nil) {
        self.platform = platform
        self.safe = safe
        self.baseURL = baseURL
    }

    public mutating func render(_ document: NotebookDocument, layout: OutputLayout) throws(Diagnostic) -> RenderedOutput {
        let stem = document.metadata.stem
        var files: [OutputFile] = []
        var body: [Node] = header(document.metadata)
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                var nodes: [Node] = []
                for piece in prose.pieces { nodes.append(node(for: piece)) }
                body.append(.fragment(nodes))
            case .step(let step):
                body += try stepNodes(step, stem: stem, layout: layout, files: &files)
            }
        }
        body.append(parametersTable(document.run))
        files += document.attachments.map { OutputFile(relativePath: layout.path(of: $0, stem: stem), bytes: $0.bytes) }
        let needs = OutputNeeds(files: files, references: [], kind: .lmsPage)
        var footer = "Rendered by nbrun \(document.run.nbrunVersion) from \(document.metadata.displayName) for \(platform.displayName). "
            + needs.sentence(for: .lmsPage)
        if let baseURL { footer += " Its links to them point to \(baseURL)." }
        body.append(.element("p", ["style": InlineStyle.footer], text: footer))
        var html = MarkupWriter(dialect: .html).render(.element("div", ["lang": "en"], body))
        if let baseURL { html = RelativeLinks.absolute(html, base: baseURL) }
        let mainPath = layout.reportPath(stem: stem)
        let warnings = math.warnings
        math.clearWarnings()
        return RenderedOutput(mainPath: mainPath, files: [OutputFile(relativePath: mainPath, bytes: Array((html + "\n").utf8))] + files,
                              warnings: warnings)
    }

    private func header(_ metadata: DocumentMetadata) -> [Node] {
        var nodes: [Node] = [.element("h1", [:], text: metadata.title)]
        let byline = [metadata.subtitle, metadata.author, metadata.date].compactMap { $0 }.filter { !$0.isEmpty }
        if !byline.isEmpty { nodes.append(.element("p", ["style": InlineStyle.byline], text: byline.joined(separator: " · "))) }
        return nodes
    }

    /// A piece of prose or of inline Markdown.
    private mutating func node(for piece: ProsePiece) -> Node {
        switch piece {
        case .html(let html):
            // Moodle removes every id (so heading anchors would be reported as removals).
            return .raw(platform == .moodle ? Self.moodleProse(html) : html)
        case .math(let span):
            switch platform {
            case .canvas: return LMSMath.canvas(math.typeset(span))
            case .moodle: return LMSMath.moodle(span)
            }
        }
    }

    /// Prose HTML in the elements Moodle's purifier keeps: no ids, `role`s, `section`s or
    /// `details` (an exercise is a `div`; a solution a `div` whose summary line is a
    /// paragraph, shown open, since Moodle cannot fold it: `--solutions strip` leaves
    /// solutions out of a student page).
    static func moodleProse(_ html: String) -> String {
        var text = removingIDs(html)
        for (from, to) in [("<section", "<div"), ("</section>", "</div>"), ("<details", "<div"), ("</details>", "</div>"),
                           ("<summary>", "<p>"), ("</summary>", "</p>"), (" role=\"note\"", ""),
                           (" role=\"doc-noteref\"", ""), (" role=\"doc-endnotes\"", ""), (" role=\"doc-backlink\"", "")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    /// cmark's HTML without its `id="…"` attributes (cmark writes them on headings only).
    static func removingIDs(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: " id=\"") {
            result += rest[..<start.lowerBound]
            rest = rest[start.upperBound...]
            if let end = rest.firstIndex(of: "\"") { rest = rest[rest.index(after: end)...] }
        }
        return result + rest
    }

    private mutating func inline(_ markdown: InlineMarkdown, at location: SourceLocation) throws(Diagnostic) -> [Node] {
        let pieces = try NotebookParser(options: .init(safe: safe)).renderInline(markdown.text, at: markdown.location ?? location)
        var nodes: [Node] = []
        for piece in pieces { nodes.append(node(for: piece)) }
        return nodes
    }

    /// A step's source (collapsed on Canvas, a labelled block on Moodle), then its results.
    private mutating func stepNodes(_ step: StepBlock, stem: String, layout: OutputLayout,
                                    files: inout [OutputFile]) throws(Diagnostic) -> [Node] {
        let label = "Step {\(step.name)}, line \(step.location.line)"
        var nodes: [Node]
        switch platform {
        case .canvas:
            nodes = [.element("details", [:], [
                .element("summary", ["style": InlineStyle.stepLabel], [.element("code", [:], text: label)]),
                .element("pre", ["style": InlineStyle.source], [.element("code", [:], text: step.source)]),
            ])]
        case .moodle:
            nodes = [.element("p", ["style": InlineStyle.stepLabel], [.element("code", [:], text: label)]),
                     .element("pre", ["style": InlineStyle.source], [.text(step.source)])]
        }
        for part in step.results {
            nodes.append(try node(for: part, at: step.location, stem: stem, layout: layout, files: &files))
        }
        return nodes
    }

    private mutating func node(for part: ResultPart, at location: SourceLocation, stem: String, layout: OutputLayout,
                               files: inout [OutputFile]) throws(Diagnostic) -> Node {
        switch part {
        case .table(let table):
            let caption = try table.caption.map { markdown throws(Diagnostic) in try inline(markdown, at: location) } ?? []
            let view = LMSTable(caption: caption, headings: table.columns.map { ($0.title, $0.numeric) },
                                rows: table.rows.map { $0.map { HTMLContentRenderer.text(of: $0) } })
            guard let footnote = table.footnote else { return view.node }
            return .fragment([view.node, .element("p", ["style": InlineStyle.note], try inline(footnote, at: location))])
        case .matrix(let matrix):
            let rows = (0..<matrix.rows).map { row in
                (0..<matrix.columns).map { column in
                    NumberStyle.fixed(matrix.precision).format(matrix.values[row * matrix.columns + column])
                }
            }
            let caption: [Node] = [.text(PlainText.from("$" + matrix.texName + "$") + " (\(matrix.rows)×\(matrix.columns))")]
            let view = LMSTable(caption: caption, headings: [], rows: rows, allNumeric: true)
            guard let description = matrix.description else { return view.node }
            return .fragment([view.node, .element("p", ["style": InlineStyle.note], try inline(description, at: location))])
        case .figure(let figure):
            let path = layout.figurePath(stem: stem, number: figure.number, slug: figure.slug)
            files.append(OutputFile(relativePath: path, bytes: Array(SVGDocument.standalone(figure.svg).utf8)))
            let caption = try figure.caption.map { markdown throws(Diagnostic) in try inline(markdown, at: location) } ?? [.text(figure.alternative)]
            return LMSFigure(number: figure.number, path: path, alternative: LMSFigure.description(of: figure.svg) ?? figure.alternative, size: LMSFigure.size(of: figure.svg),
                             caption: caption, platform: platform).node
        case .metrics(let metrics):
            return LMSCards(metrics).node
        case .callout(let callout):
            let word = switch callout.kind {
            case .note: "Note:"
            case .success: "Passed:"
            case .warning: "Warning:"
            case .error: "Error:"
            }
            return .element("div", ["style": InlineStyle.callout(callout.kind)], [
                .element("p", ["style": "margin: 0"], [.element("strong", [:], text: word), .text(" ")] + (try inline(callout.text, at: location))),
            ])
        case .text(let text):
            return .element("p", [:], try inline(text, at: location))
        }
    }

    /// The parameters the run used, and where each came from.
    private func parametersTable(_ run: RunRecord) -> Node {
        return LMSTable(caption: [.text("Parameters of this run")], headings: [("name", false), ("value", false), ("set by", false)],
                        rows: run.parameterRows).node
    }
}
