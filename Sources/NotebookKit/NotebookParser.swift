/// Parses Markdown text into a ``Notebook``.
public struct NotebookParser: Sendable {
    public struct Options: Sendable {
        /// Strip raw HTML from prose, as cmark's safe mode does.
        public var safe: Bool
        public init(safe: Bool = false) { self.safe = safe }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The notebook in `text`; `path` is used, as given, in locations.
    public func parse(_ text: String, path: String) throws(Diagnostic) -> Notebook {
        // Filled in by the parser work: front matter, math protection, cmark walk, steps.
        Notebook(source: SourceFile(path: path, text: text), frontMatter: FrontMatter(), blocks: [])
    }
}
