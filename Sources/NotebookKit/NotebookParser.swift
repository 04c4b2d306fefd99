/// Parses Markdown text into a ``Notebook``.
///
/// The work happens in this order:
/// 1. the YAML front matter is read (``FrontMatterReader``) and its lines emptied;
/// 2. formulas are found and replaced by placeholder tokens (``ProtectedMarkdown``),
///    so cmark never sees TeX;
/// 3. cmark parses the protected text; each top-level fenced block whose info
///    string is `{...}` becomes a ``Step`` and each run of other top-level nodes one
///    ``Prose`` block, rendered node by node by cmark (so the HTML equals cmark's
///    rendering of the whole document);
/// 4. the tokens in cmark's HTML become ``ProsePiece/math(_:)`` pieces, and headings
///    receive GitHub-style `id`s.
///
/// Every mistake is thrown as a ``Diagnostic`` carrying its place in the notebook.
public struct NotebookParser: Sendable {
    public struct Options: Sendable {
        /// Use cmark's safe mode: raw HTML becomes `<!-- raw HTML omitted -->` and
        /// links to `javascript:`, `vbscript:`, `file:` and most `data:` URLs are dropped.
        public var safe: Bool
        /// Write `id="slug"` into each heading's tag (``Prose/headings`` is filled either way).
        public var headingAnchors: Bool
        /// Read a first line `---` as the start of YAML front matter. Off, the text is
        /// plain CommonMark (a first `---` is a thematic break).
        public var frontMatter: Bool

        public init(safe: Bool = false, headingAnchors: Bool = true, frontMatter: Bool = true) {
            self.safe = safe
            self.headingAnchors = headingAnchors
            self.frontMatter = frontMatter
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The notebook in `text`; `path` is used, as given, in locations. Line endings
    /// are normalised first (see ``SourceFile``).
    public func parse(_ text: String, path: String) throws(Diagnostic) -> Notebook {
        let source = SourceFile(path: path, text: text)
        let text = source.text
        if let control = ControlCharacters.firstError(in: source) { throw control }
        var frontMatter = FrontMatter()
        var body = text
        if options.frontMatter {
            (frontMatter, body) = try FrontMatterReader(lines: TextLines(text), path: path).read()
        }
        let bodyLines = TextLines(body)
        let protected = ProtectedMarkdown(body, tokens: PlaceholderToken(avoiding: body))
        let nodes = CMarkDocument.topLevelNodes(of: protected.text, safe: options.safe) {
            protected.tokens.token(.heading, $0)
        }

        // Anchors first: every heading's text is known once cmark has parsed.
        var anchors = HeadingAnchors()
        var headings: [Heading] = []
        for node in nodes {
            for summary in node.headings {
                let text = plainText(summary.text, protected: protected)
                headings.append(Heading(level: summary.level, text: text, anchor: anchors.anchor(for: text)))
            }
        }
        let assembler = ProseAssembler(
            formulas: protected.formulas, tokens: protected.tokens, path: path,
            anchorOfHeading: { options.headingAnchors && $0 < headings.count ? headings[$0].anchor : nil })

        let stepReader = StepReader(lines: bodyLines, path: path)
        var blocks: [Block] = []
        var pieces: [ProsePiece] = []
        var proseHeadings: [Heading] = []
        var headingIndex = 0
        func endProse() {
            guard !pieces.isEmpty || !proseHeadings.isEmpty else { return }
            blocks.append(.prose(Prose(pieces: pieces, headings: proseHeadings)))
            pieces = []
            proseHeadings = []
        }
        for node in nodes {
            for nested in node.nestedCodeBlocks where StepReader.isStep(info: nested.info) {
                throw Diagnostic.error(
                    "steps must be at the top level of the document",
                    at: SourceLocation(path: path, line: protected.originalLine(nested.startLine), column: nested.startColumn),
                    length: 3, notes: ["move the step out of the list or block quote (no indentation, no '>')"])
            }
            if let code = node.codeBlock, StepReader.isStep(info: code.info) {
                endProse()
                blocks.append(.step(try stepReader.step(
                    fenceLine: protected.originalLine(code.startLine), fenceColumn: code.startColumn,
                    endLine: protected.originalLine(code.endLine))))
                continue
            }
            assembler.append(node.html, to: &pieces)
            proseHeadings += headings[headingIndex..<(headingIndex + node.headings.count)]
            headingIndex += node.headings.count
        }
        endProse()
        return Notebook(source: source, frontMatter: frontMatter, blocks: blocks)
    }

    /// Inline Markdown (a caption, a title) rendered as one paragraph's content, without
    /// the `<p>` wrapper, math protected as in prose. `location` is where `markdown`'s
    /// first byte sits in the notebook; formulas on its first line are located from it.
    /// Anything that is not a single paragraph (a list, a heading...) is an error.
    public func renderInline(_ markdown: String, at location: SourceLocation) throws(Diagnostic) -> [ProsePiece] {
        // Text from YAML escapes may hold control characters the notebook's own text cannot.
        let markdown = ControlCharacters.replaced(in: SourceFile.normalized(markdown))
        let protected = ProtectedMarkdown(markdown, tokens: PlaceholderToken(avoiding: markdown))
        let nodes = CMarkDocument.topLevelNodes(of: protected.text, safe: options.safe) {
            protected.tokens.token(.heading, $0)
        }
        guard !nodes.isEmpty else { return [] }
        guard nodes.count == 1, nodes[0].isParagraph else {
            throw Diagnostic.error(
                "expected inline text here, but this Markdown makes \(nodes.count == 1 ? "a block" : "several blocks")",
                at: location, length: markdown.utf8.count,
                notes: ["escape a leading '#', '-', '>' or '1.' with a backslash"])
        }
        var html = nodes[0].html
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        if html.hasSuffix("</p>\n") { html.removeLast(5) }
        // Formulas were located within `markdown`; shift them to the notebook.
        let shifted = protected.formulas.map { formula in
            var formula = formula
            if formula.line == 1 { formula.column += location.column - 1 }
            formula.line += location.line - 1
            return formula
        }
        var pieces: [ProsePiece] = []
        ProseAssembler(formulas: shifted, tokens: protected.tokens, path: location.path, anchorOfHeading: { _ in nil })
            .append(html, to: &pieces)
        return pieces
    }

    /// A heading's text with each formula token replaced by its TeX, blanks collapsed.
    private func plainText(_ text: String, protected: ProtectedMarkdown) -> String {
        let bytes = Array(text.utf8)
        var result = ""
        var offset = 0
        for occurrence in protected.tokens.occurrences(in: bytes) where occurrence.kind == .math {
            result += String(decoding: bytes[offset..<occurrence.range.lowerBound], as: UTF8.self)
            result += occurrence.index < protected.formulas.count ? protected.formulas[occurrence.index].tex : ""
            offset = occurrence.range.upperBound
        }
        result += String(decoding: bytes[offset...], as: UTF8.self)
        return result.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}
