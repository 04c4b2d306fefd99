import Foundation
import HTMLReport
import Markup
import NotebookKit
import SVGPlot
import TeXMath

/// Builds a notebook's report from its prose and its steps' results: the one
/// place that knows both the notebook and the page. Figures are inlined and also
/// listed as files beside the report.
struct ReportBuilder {
    let notebook: Notebook
    let context: RunContext
    let configuration: RunConfiguration
    private var math = MathTypesetter()
    private var files: [OutputFile] = []

    init(notebook: Notebook, context: RunContext, configuration: RunConfiguration) {
        self.notebook = notebook
        self.context = context
        self.configuration = configuration
    }

    var warnings: [Diagnostic] { math.warnings }

    var title: String {
        notebook.frontMatter.title ?? context.stem
    }

    mutating func build(_ sections: [ReportSection]) throws(Diagnostic) -> RenderedNotebook {
        var body: [Node] = []
        var contents: [ContentsEntry] = []
        for section in sections {
            switch section {
            case .prose(let prose):
                body.append(.fragment(prose.pieces.map { piece in
                    switch piece {
                    case .html(let html): .raw(html)
                    case .math(let span): math.typeset(span)
                    }
                }))
                for heading in prose.headings where heading.level <= 3 {
                    contents.append(ContentsEntry(level: heading.level, text: heading.text, anchor: heading.anchor))
                }
            case .step(let step, let parts):
                body.append(stepNode(step, parts))
            }
        }
        body.append(parametersNode())
        var css = [MathStylesheet.css]
        if let fontPath = configuration.mathFontPath {
            css.append(try fontFace(fontPath))
        }
        let page = ReportPage(
            title: title, subtitle: notebook.frontMatter.subtitle, author: notebook.frontMatter.author,
            date: notebook.frontMatter.date, body: body, tableOfContents: contents, extraCSS: css,
            footer: "Rendered by nbrun \(nbrunVersion) from \(notebook.source.path). No scripts, no network: everything is in this file.")
        let html = configuration.fragment ? page.renderFragment() : page.renderDocument()
        let reportPath = context.stem + ".html"
        var all = [OutputFile(relativePath: reportPath, bytes: Array(html.utf8))]
        all += files
        all += context.files
        return RenderedNotebook(title: title, description: notebook.frontMatter.description, reportPath: reportPath, files: all)
    }

    /// A step: its source, collapsed, then its results.
    private mutating func stepNode(_ step: Step, _ parts: [ResultPart]) -> Node {
        var children: [Node] = [StepSource(name: step.name, source: step.source, location: "\(step.location.path):\(step.location.line)").node()]
        for part in parts {
            children.append(node(for: part))
        }
        return .element("section", ["class": "step step-\(Slug.make(step.name))"], children)
    }

    private mutating func node(for part: ResultPart) -> Node {
        switch part {
        case .table(let table):
            return ResultTableView(
                caption: table.caption.map { inline($0) },
                columns: table.columns.map { ResultTableView.Column(header: inline($0.title), numeric: $0.numeric) },
                rows: table.rows, footnote: table.footnote.map { inline($0) }
            ).node()
        case .matrix(let matrix):
            let name = math.typeset(NotebookKit.MathSpan(tex: matrix.texName, display: false, location: context.notebook.steps.first?.location ?? SourceLocation(path: notebook.source.path, line: 1, column: 1)))
            return MatrixView(name: [name], description: matrix.description.map { inline($0) } ?? [],
                              rows: matrix.rows, columns: matrix.columns, values: matrix.values, precision: matrix.precision).node()
        case .figure(let figure):
            let number = figure.number
            let fileName = "\(context.stem)/figure-\(number)-\(figure.slug).svg"
            files.append(OutputFile(relativePath: fileName, bytes: Array(SVGDocument.standalone(figure.svg).utf8)))
            return FigureView(number: number, svg: figure.svg, caption: figure.caption.map { inline($0) } ?? [],
                              fileHref: fileName).node()
        case .metrics(let metrics):
            return MetricsView(items: metrics.map { (inline($0.label), $0.value) }).node()
        case .callout(let callout):
            return CalloutView(kind: CalloutView.Kind(rawValue: callout.kind.rawValue) ?? .note, content: inline(callout.text)).node()
        case .text(let text):
            return .element("p", [:], inline(text))
        }
    }

    /// Inline Markdown (with math) as nodes.
    private mutating func inline(_ markdown: String) -> [Node] {
        let location = SourceLocation(path: notebook.source.path, line: 1, column: 1)
        guard let pieces = try? NotebookParser(options: .init(safe: configuration.safe)).renderInline(markdown, at: location) else {
            return [.text(markdown)]
        }
        return pieces.map { piece in
            switch piece {
            case .html(let html): .raw(html)
            case .math(let span): math.typeset(span)
            }
        }
    }

    /// The parameters the run used, and where each came from.
    private mutating func parametersNode() -> Node {
        let parameters = context.parameters
        var rows: [[String]] = []
        for name in parameters.order {
            guard let entry = parameters.entries[name] else { continue }
            rows.append([name, entry.value, entry.location.map { "front matter, line \($0.line)" } ?? "command line (--set)"])
        }
        let seed = configuration.seed ?? notebook.frontMatter.seed ?? 0
        rows.append(["random stream", "\(notebook.frontMatter.rng ?? "default") generator, seed \(seed)",
                     configuration.seed != nil ? "command line (--seed)" : (notebook.frontMatter.seed != nil ? "front matter" : "default")])
        let table = ResultTableView(
            caption: [.text("Parameters of this run")],
            columns: [.init(header: [.text("name")], numeric: false), .init(header: [.text("value")], numeric: false),
                      .init(header: [.text("set by")], numeric: false)],
            rows: rows, footnote: nil)
        return .element("section", ["class": "run-parameters"], [table.node()])
    }

    private func fontFace(_ path: String) throws(Diagnostic) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("--math-font: cannot read '\(path)'", at: SourceLocation(path: notebook.source.path, line: 1, column: 1))
        }
        let format = path.lowercased().hasSuffix(".woff2") ? "woff2" : (path.lowercased().hasSuffix(".woff") ? "woff" : "opentype")
        return MathStylesheet.fontFace(embedding: Array(data), format: format)
    }
}

/// The version printed by `--version` and in report footers.
public let nbrunVersion = "0.1.0"
