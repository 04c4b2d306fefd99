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

        /// The class of a `<div>` around each table, so a wide table scrolls sideways in its
        /// own box; nil writes the bare `<table>` (as the GFM spec does).
        public var tableWrapperClass: String?
        /// Whether local images are embedded (``ImagePolicy``).
        public var images: ImagePolicy
        /// How solutions to exercises appear; `.strip` leaves them out entirely.
        public var solutions: SolutionVisibility

        public init(
            safe: Bool = false, headingAnchors: Bool = true, frontMatter: Bool = true,
            tableWrapperClass: String? = "nb-table-wrap", images: ImagePolicy = .keep,
            solutions: SolutionVisibility = .hide
        ) {
            self.images = images
            self.solutions = solutions
            self.safe = safe
            self.headingAnchors = headingAnchors
            self.frontMatter = frontMatter
            self.tableWrapperClass = tableWrapperClass
        }
    }

    public var options: Options

    /// Above this many bytes of embedded images, the page's size is reported (2 MB).
    static let largeImageBytes = 2_000_000

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
        let tokens = PlaceholderToken(avoiding: body)
        var scanner = BlockScanner(tokens: tokens)
        let scanned = try scanner.scan(Excerpt(path: path, text: bodyLines))

        var context = ProseContext()
        context.warnings = scanner.warnings
        for definition in scanner.footnotes {
            if let first = context.footnoteDefinitions[definition.name] {
                context.warnings.append(.warning(
                    "footnote '[^\(definition.name)]' is defined twice; the first definition (line \(first.location.line)) is used",
                    at: definition.location, length: definition.name.utf8.count + 3))
            } else {
                context.footnoteDefinitions[definition.name] = definition
            }
        }

        let parser = ProseParser(options: options, tokens: tokens, stepReader: StepReader(lines: bodyLines, path: path))
        var blocks: [Block] = []
        var proseBlocks: [ProseElement] = []
        var proseHeadings: [Heading] = []
        func endProse() {
            guard !proseBlocks.isEmpty || !proseHeadings.isEmpty else { return }
            blocks.append(.prose(Prose(blocks: proseBlocks, headings: proseHeadings)))
            proseBlocks = []
            proseHeadings = []
        }
        for item in try parser.parse(scanned, topLevel: true, context: &context) {
            switch item {
            case .prose(let block, let headings):
                proseBlocks.append(block)
                proseHeadings += headings
            case .step(let step):
                endProse()
                blocks.append(.step(step))
            }
        }
        endProse()

        let footnotes = try self.footnotes(parser: parser, tokens: tokens, context: &context)
        if !footnotes.isEmpty {
            blocks.append(.prose(Prose(blocks: [.footnotes(footnotes)], headings: [])))
        }
        blocks = try resolveReferences(in: blocks, tokens: tokens, context: context)
        if context.embeddedImageBytes > Self.largeImageBytes {
            context.warnings.append(.warning(
                "embedded images make the page \(context.embeddedImageBytes / 1_000_000) MB (\(context.embeddedImageBytes) bytes)",
                at: SourceLocation(path: path, line: 1, column: 1),
                notes: ["smaller or compressed images keep the page quick to open"]))
        }
        return Notebook(
            source: source, frontMatter: frontMatter, blocks: blocks, footnotes: footnotes,
            warnings: context.warnings.sorted { $0.location < $1.location }, activeContent: context.activeContent)
    }

    /// Every cross-reference token replaced by its link, now that every label is known;
    /// a reference to an unknown label is an error with a suggestion.
    private func resolveReferences(in blocks: [Block], tokens: PlaceholderToken, context: ProseContext) throws(Diagnostic) -> [Block] {
        guard !context.references.isEmpty else { return blocks }
        func resolve(_ html: String) throws(Diagnostic) -> String {
            let bytes = Array(html.utf8)
            var output: [UInt8] = []
            var offset = 0
            for occurrence in tokens.occurrences(in: bytes) where occurrence.kind == .reference {
                output += bytes[offset..<occurrence.range.lowerBound]
                offset = occurrence.range.upperBound
                let reference = context.references[occurrence.index]
                guard let target = context.labels[reference.label] else {
                    var notes: [String] = []
                    if let close = Suggestion.closest(to: reference.label, among: context.labels.keys.sorted()) {
                        notes.append("did you mean '\(close)'?")
                    }
                    notes.append("label an equation '$$ … $$ {#eq-name}' or with '\\label{name}', a section '## Title {#sec-name}'")
                    throw Diagnostic.error(
                        "unknown label '\(reference.label)'", at: reference.location,
                        length: reference.source.utf8.count, notes: notes)
                }
                output += ProseHTML.reference(reference.style, label: reference.label, kind: target.kind, text: target.text).utf8
            }
            output += bytes[offset...]
            return String(decoding: output, as: UTF8.self)
        }
        var resolved: [Block] = []
        for block in blocks {
            guard case .prose(var prose) = block else { resolved.append(block); continue }
            var elements: [ProseElement] = []
            for element in prose.blocks { elements.append(try element.mappingHTML(resolve)) }
            prose.blocks = elements
            resolved.append(.prose(prose))
        }
        return resolved
    }

    /// Each referenced footnote's definition parsed, in order of first reference (a
    /// footnote may refer to a later one); unused definitions are warned about.
    private func footnotes(parser: ProseParser, tokens: PlaceholderToken, context: inout ProseContext) throws(Diagnostic) -> [Footnote] {
        var footnotes: [Footnote] = []
        var index = 0
        while index < context.footnoteOrder.count {
            let name = context.footnoteOrder[index]
            guard let definition = context.footnoteDefinitions[name] else { index += 1; continue }
            var scanner = BlockScanner(tokens: tokens)
            let scanned = try scanner.scan(definition.body)
            context.warnings += scanner.warnings
            let children = try parser.parse(scanned, topLevel: false, context: &context).compactMap { item -> ProseElement? in
                if case .prose(let block, _) = item { block } else { nil }
            }
            footnotes.append(Footnote(
                number: index + 1, name: name, children: children, referenceCount: 0, location: definition.location))
            index += 1
        }
        for index in footnotes.indices {
            footnotes[index].referenceCount = context.referenceCounts[footnotes[index].name, default: 0]
        }
        for definition in context.footnoteDefinitions.values.sorted(by: { $0.location < $1.location })
        where context.referenceCounts[definition.name] == nil {
            context.warnings.append(.warning(
                "footnote '[^\(definition.name)]' is defined but never referenced", at: definition.location,
                length: definition.name.utf8.count + 3, notes: ["refer to it in the text with '[^\(definition.name)]', or delete it"]))
        }
        return footnotes
    }

    /// Inline Markdown (a caption, a title) rendered as one paragraph's content, without
    /// the `<p>` wrapper, math protected as in prose. `location` is where `markdown`'s
    /// first byte sits in the notebook; formulas on its first line are located from it.
    /// Anything that is not a single paragraph (a list, a heading...) is an error.
    public func renderInline(_ markdown: String, at location: SourceLocation) throws(Diagnostic) -> [ProsePiece] {
        // Text from YAML escapes may hold control characters the notebook's own text cannot.
        let markdown = ControlCharacters.replaced(in: SourceFile.normalized(markdown))
        let protected = ProtectedMarkdown(markdown, tokens: PlaceholderToken(avoiding: markdown))
        let nodes = try CMarkDocument.topLevelNodes(of: protected.text, safe: options.safe) {
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
        try ProseAssembler(tokens: protected.tokens).append(html, to: &pieces) { occurrence, attribute in
            guard occurrence.kind == .math, occurrence.index < shifted.count else { return .headingAnchor(nil) }
            let formula = shifted[occurrence.index]
            return ProseAssembler.formula(
                formula, attribute: attribute, location: SourceLocation(path: location.path, line: formula.line, column: formula.column))
        }
        return pieces
    }
}
