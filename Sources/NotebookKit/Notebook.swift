/// A parsed notebook: front matter and the document's blocks in order.
/// Built by ``NotebookParser``; carries no cmark pointers.
public struct Notebook: Sendable {
    public var source: SourceFile
    public var frontMatter: FrontMatter
    public var blocks: [Block]

    public init(source: SourceFile, frontMatter: FrontMatter, blocks: [Block]) {
        self.source = source
        self.frontMatter = frontMatter
        self.blocks = blocks
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

/// Rendered prose. Math is kept out of cmark's hands and handed back as
/// separate pieces, so the pipeline decides how to typeset it.
public struct Prose: Sendable {
    public var pieces: [ProsePiece]
    /// The headings in this prose, with their anchors, in order.
    public var headings: [Heading]

    public init(pieces: [ProsePiece], headings: [Heading]) {
        self.pieces = pieces
        self.headings = headings
    }
}

public enum ProsePiece: Sendable, Equatable {
    /// HTML written by cmark (already escaped by it).
    case html(String)
    /// A formula in content position.
    case math(MathSpan)
}

/// A formula found in prose: `$...$`, `$$...$$`, `\(...\)` or `\[...\]`.
public struct MathSpan: Sendable, Equatable {
    /// The TeX between the delimiters, exactly as written.
    public var tex: String
    public var display: Bool
    /// The location of the first byte of the TeX (after the opening delimiter).
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
