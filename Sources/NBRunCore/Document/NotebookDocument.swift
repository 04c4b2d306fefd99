import NotebookKit

/// A notebook after its run: what every renderer starts from.
///
/// It holds values, not markup: prose as Markdown with its rendered pieces (cmark's
/// HTML fragments and formulas as TeX), each step's results (tables of numbers with
/// their styles, figures as SVG, cards, callouts), the files the steps produced, and
/// the facts of the run. It knows nothing of pages, paths or stylesheets: the
/// standalone HTML page (``HTMLPageRenderer``) is one renderer of it; an LMS fragment,
/// a course package or a preview server are others, and ``OutputLayout`` decides where
/// each of their files goes.
public struct NotebookDocument: Sendable {
    public var metadata: DocumentMetadata
    /// Prose and steps in document order.
    public var blocks: [DocumentBlock]
    /// Files the steps produced (exports), to be written beside the rendered document.
    public var attachments: [DocumentAttachment]
    /// The parameters, random stream and nbrun version of this run.
    public var run: RunRecord

    /// Every heading of the prose, in order (for tables of contents).
    public var headings: [Heading] {
        blocks.flatMap { block -> [Heading] in
            if case .prose(let prose) = block { return prose.headings }
            return []
        }
    }
}

/// What the front matter and the file name say about a notebook.
public struct DocumentMetadata: Sendable {
    public var title: String
    public var subtitle: String?
    public var author: String?
    public var date: String?
    public var description: String?
    /// The front matter's `order:` (course order; nil when not given).
    public var order: Int?
    /// The notebook's path as given on the command line (for messages).
    public var sourcePath: String
    /// How a published page names the notebook: its path relative to the working
    /// directory, or its file name alone when it lies outside (``SourceName``).
    public var displayName: String
    /// `xor` for notebooks/xor.md: the base of every output name.
    public var stem: String
    /// Whether the notebook's raw HTML brings scripts or network loads (a footer must not
    /// claim "no scripts" or "no network" then).
    public var activeContent: ActiveContent
}

/// A top-level piece of a document.
public enum DocumentBlock: Sendable {
    case prose(ProseBlock)
    case step(StepBlock)
}

/// A stretch of prose between steps.
public struct ProseBlock: Sendable {
    /// The Markdown exactly as written in the notebook (with its formulas' TeX).
    public var markdown: String
    /// Where ``markdown`` starts in the notebook.
    public var location: SourceLocation
    /// cmark's HTML with each formula as a separate piece, for renderers that typeset it.
    public var pieces: [ProsePiece]
    public var headings: [Heading]
}

/// A step and what it showed.
public struct StepBlock: Sendable {
    /// `train`, `plot loss`.
    public var name: String
    /// The step's body as written.
    public var source: String
    /// The opening fence.
    public var location: SourceLocation
    public var results: [ResultPart]
}

/// A file a step produced, such as `training-1.json`.
public struct DocumentAttachment: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Trained parameters and history (`{train}`), for `{load}` or other tools.
        case export
        /// A local file the prose links to or shows (`![](images/a.png)`, `[data](data/a.csv)`),
        /// copied so the output folder is complete; its name is the link as written.
        case reference
    }

    public var kind: Kind
    /// The file's name; ``OutputLayout/attachmentPath(_:stem:)`` decides its folder.
    public var name: String
    public var bytes: [UInt8]
}

/// The facts of a run that a reader may need to reproduce it.
public struct RunRecord: Sendable {
    public struct ParameterValue: Sendable {
        public var name: String
        public var value: String
        /// Where it was set in the notebook; nil when it came from `--set`.
        public var location: SourceLocation?
    }

    public var parameters: [ParameterValue]
    public var random: RandomSettings
    public var nbrunVersion: String
}
