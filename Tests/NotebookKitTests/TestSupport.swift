import NotebookKit

/// Shared helpers: parse a notebook and look at its prose as one string.
enum TestSupport {
    static func parse(_ text: String, options: NotebookParser.Options = .init()) throws(Diagnostic) -> Notebook {
        try NotebookParser(options: options).parse(text, path: "x.md")
    }

    /// The prose HTML of a notebook, each formula written `⟦tex⟧` (inline) or `⟦⟦tex⟧⟧` (display).
    static func proseHTML(_ notebook: Notebook) -> String {
        notebook.blocks.map { block in
            guard case .prose(let prose) = block else { return "" }
            return render(prose.pieces)
        }.joined()
    }

    static func render(_ pieces: [ProsePiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .html(let html): html
            case .math(let span): span.display ? "⟦⟦\(span.tex)⟧⟧" : "⟦\(span.tex)⟧"
            }
        }.joined()
    }

    static func mathSpans(_ notebook: Notebook) -> [MathSpan] {
        notebook.blocks.flatMap { block -> [MathSpan] in
            guard case .prose(let prose) = block else { return [] }
            return prose.pieces.compactMap { if case .math(let span) = $0 { span } else { nil } }
        }
    }

    /// The diagnostic thrown by parsing `text`, formatted with its source line.
    static func formattedError(_ text: String, options: NotebookParser.Options = .init()) -> String? {
        do {
            _ = try parse(text, options: options)
            return nil
        } catch {
            return DiagnosticFormatter().format(error, source: SourceFile(path: "x.md", text: text))
        }
    }
}
