/// A parsed notebook: front matter and the document's blocks in order.
/// Built by ``NotebookParser``; carries no cmark pointers.
public struct Notebook: Sendable {
    public var source: SourceFile
    public var frontMatter: FrontMatter
    public var blocks: [Block]
    /// The footnotes, numbered in order of first reference (also shown by the last prose block).
    public var footnotes: [Footnote]
    /// Located warnings about the prose (unsupported syntax, undefined footnotes, raw HTML
    /// that runs scripts...). Errors are thrown instead.
    public var warnings: [Diagnostic]
    /// Whether author HTML brings scripts or network loads into the page.
    public var activeContent: ActiveContent

    public init(
        source: SourceFile, frontMatter: FrontMatter, blocks: [Block], footnotes: [Footnote] = [],
        warnings: [Diagnostic] = [], activeContent: ActiveContent = ActiveContent()
    ) {
        self.source = source
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.footnotes = footnotes
        self.warnings = warnings
        self.activeContent = activeContent
    }

    /// Every heading of the prose, in document order (anchors are unique in the notebook).
    public var headings: [Heading] {
        blocks.flatMap { block -> [Heading] in if case .prose(let prose) = block { prose.headings } else { [] } }
    }

    /// The steps in document order.
    public var steps: [Step] {
        blocks.compactMap { if case .step(let step) = $0 { step } else { nil } }
    }
}

/// A top-level piece of the document.
public enum Block: Sendable {
    /// Prose (and displayed, non-step code blocks) rendered to HTML by cmark.
    case prose(Prose)
    /// A fenced block whose info string is `{name ...}`: a step to run.
    case step(Step)
}

/// A run of prose between steps, as structured blocks. Math is kept out of cmark's
/// hands and handed back as separate pieces, so the pipeline decides how to typeset it.
public struct Prose: Sendable {
    public var blocks: [ProseElement]
    /// The headings in this prose (outside callouts), with their anchors, in order.
    public var headings: [Heading]

    public init(blocks: [ProseElement], headings: [Heading]) {
        self.blocks = blocks
        self.headings = headings
    }

    /// The default HTML rendering of the blocks (``ProseHTML``), formulas as separate pieces.
    public var pieces: [ProsePiece] { ProseHTML.pieces(of: blocks) }
}

/// A piece of rendered prose. Concatenating the pieces, with each formula typeset,
/// gives the prose's HTML; a formula can sit inside an element (`<p>`, `<a>`, `<h2>`...).
public enum ProsePiece: Sendable, Equatable {
    /// HTML written by cmark (already escaped by it); headings carry `id="anchor"`.
    case html(String)
    /// A formula in content position. (A formula inside an attribute, such as a link
    /// title or an image's alt text, is put back there as its escaped source instead.)
    case math(MathSpan)
}

/// A formula found in prose: `$...$`, `$$...$$`, `\(...\)` or `\[...\]`
/// (see ``NotebookParser`` for the exact rules).
public struct MathSpan: Sendable, Equatable {
    /// The TeX between the delimiters, exactly as written; a formula spanning lines keeps
    /// its line breaks (without any block-quote `>` markers).
    public var tex: String
    public var display: Bool
    /// The location of the first byte of the TeX (right after the opening delimiter), as a
    /// line and UTF-8 byte column of the notebook.
    public var location: SourceLocation

    public init(tex: String, display: Bool, location: SourceLocation) {
        self.tex = tex
        self.display = display
        self.location = location
    }
}

/// A heading, with the stable anchor written into its `id`.
public struct Heading: Sendable, Equatable {
    public var level: Int
    /// Plain text of the heading (math as its TeX source).
    public var text: String
    /// GitHub-style slug, unique within the notebook.
    public var anchor: String

    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}
