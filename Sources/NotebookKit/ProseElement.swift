/// One block of prose, as a value a renderer can treat on its own (a standalone page,
/// an LMS page and a student edition may each show a callout or an equation differently).
/// ``ProseHTML`` gives every block its default HTML.
public indirect enum ProseElement: Sendable, Equatable {
    /// Ordinary Markdown (a paragraph, list, table, heading, quote, code...): one top-level
    /// node as cmark and nbrun's GitHub extensions rendered it.
    case markdown(MarkdownBlock)
    /// A display formula standing on its own (`$$ … $$`, `\[ … \]`, `\begin{equation} …`).
    case equation(DisplayEquation)
    /// A boxed remark: `> [!NOTE]`, `:::{note}`, `::: {.callout-note}`.
    case callout(CalloutBlock)
    /// HTML written by the author in a ```` ```{=html} ```` block (absent in safe mode).
    case rawHTML(RawHTMLBlock)
    /// The notebook's footnotes, listed once at the end of the page.
    case footnotes([Footnote])
    /// `:::{exercise}`: a numbered task for the reader.
    case exercise(ExerciseBlock)
    /// `:::{solution} ex-label`: the answer to an exercise (absent with ``SolutionVisibility/strip``).
    case solution(SolutionBlock)
}

/// An exercise, numbered in document order.
public struct ExerciseBlock: Sendable, Equatable {
    public var number: Int
    /// `:label: ex-xor`, also its `id`.
    public var label: String?
    public var title: [ProsePiece]?
    public var children: [ProseElement]
    public var location: SourceLocation

    public init(number: Int, label: String?, title: [ProsePiece]?, children: [ProseElement], location: SourceLocation) {
        self.number = number
        self.label = label
        self.title = title
        self.children = children
        self.location = location
    }
}

/// The solution to one exercise.
public struct SolutionBlock: Sendable, Equatable {
    public var exerciseLabel: String
    public var exerciseNumber: Int
    /// Shown unfolded (``SolutionVisibility/show``) rather than folded.
    public var open: Bool
    public var children: [ProseElement]
    public var location: SourceLocation

    public init(exerciseLabel: String, exerciseNumber: Int, open: Bool, children: [ProseElement], location: SourceLocation) {
        self.exerciseLabel = exerciseLabel
        self.exerciseNumber = exerciseNumber
        self.open = open
        self.children = children
        self.location = location
    }
}

/// How solutions appear (`--solutions`).
public enum SolutionVisibility: String, Sendable, CaseIterable {
    /// Folded under "Solution to Exercise N" (the default).
    case hide
    /// Unfolded.
    case show
    /// Left out entirely: the student edition.
    case strip
}

/// Rendered Markdown with formulas left for the caller to typeset.
public struct MarkdownBlock: Sendable, Equatable {
    public var pieces: [ProsePiece]
    /// Where the block starts in the notebook.
    public var location: SourceLocation

    public init(pieces: [ProsePiece], location: SourceLocation) {
        self.pieces = pieces
        self.location = location
    }
}

/// A display formula that is a block of its own.
public struct DisplayEquation: Sendable, Equatable {
    public var math: MathSpan
    /// The label written after the closing `$$` (`{#eq-loss}` gives `eq-loss`) or with
    /// `\label{…}` inside; it is the equation's `id`.
    public var label: String?
    /// The number shown beside it ("3", or a `\tag`'s text), nil when unnumbered.
    public var number: String?

    public init(math: MathSpan, label: String? = nil, number: String? = nil) {
        self.math = math
        self.label = label
        self.number = number
    }
}

/// A callout box holding any prose.
public struct CalloutBlock: Sendable, Equatable {
    public var kind: CalloutKind
    /// The author's title (inline Markdown, rendered); nil shows the kind's word alone.
    public var title: [ProsePiece]?
    public var collapse: CalloutCollapse
    public var children: [ProseElement]
    /// The opening line (`> [!NOTE]`, `:::{note}`...).
    public var location: SourceLocation

    public init(kind: CalloutKind, title: [ProsePiece]?, collapse: CalloutCollapse, children: [ProseElement], location: SourceLocation) {
        self.kind = kind
        self.title = title
        self.collapse = collapse
        self.children = children
        self.location = location
    }
}

/// Whether a callout folds away (a `<details>` element).
public enum CalloutCollapse: Sendable, Equatable {
    /// Always shown.
    case none
    /// Folded, opened by the reader (`collapse="true"`, `:class: dropdown`, `> [!NOTE]-`).
    case closed
    /// Foldable, shown open (`collapse="false"`, `> [!NOTE]+`).
    case open
}

/// Raw HTML from a ```` ```{=html} ```` block, passed through as written.
public struct RawHTMLBlock: Sendable, Equatable {
    public var html: String
    public var location: SourceLocation

    public init(html: String, location: SourceLocation) {
        self.html = html
        self.location = location
    }
}

/// A footnote: `[^name]` in the text, `[^name]: …` anywhere in the notebook.
public struct Footnote: Sendable, Equatable {
    /// 1, 2, 3... in order of first reference.
    public var number: Int
    public var name: String
    public var children: [ProseElement]
    /// How many times the text refers to it (one back-link each).
    public var referenceCount: Int
    /// Where the definition starts.
    public var location: SourceLocation

    public init(number: Int, name: String, children: [ProseElement], referenceCount: Int, location: SourceLocation) {
        self.number = number
        self.name = name
        self.children = children
        self.referenceCount = referenceCount
        self.location = location
    }

    /// The `id` of the footnote's list item.
    public var anchor: String { Self.anchor(number) }

    /// The `id` of the `index`-th reference (0-based) to this footnote.
    public func referenceAnchor(_ index: Int) -> String { Self.referenceAnchor(number, index) }

    /// `fn-3` for footnote 3.
    public static func anchor(_ number: Int) -> String { "fn-\(number)" }

    /// `fnref-3` for the first reference to footnote 3, `fnref-3-2` for the second...
    public static func referenceAnchor(_ number: Int, _ index: Int) -> String {
        index == 0 ? "fnref-\(number)" : "fnref-\(number)-\(index + 1)"
    }
}

extension ProseElement {
    /// The element with `transform` applied to every HTML piece in it (nested ones included).
    func mappingHTML(_ transform: (String) throws(Diagnostic) -> String) throws(Diagnostic) -> ProseElement {
        func map(_ pieces: [ProsePiece]) throws(Diagnostic) -> [ProsePiece] {
            var mapped: [ProsePiece] = []
            for piece in pieces {
                if case .html(let html) = piece { mapped.append(.html(try transform(html))) } else { mapped.append(piece) }
            }
            return mapped
        }
        func mapAll(_ elements: [ProseElement]) throws(Diagnostic) -> [ProseElement] {
            var mapped: [ProseElement] = []
            for element in elements { mapped.append(try element.mappingHTML(transform)) }
            return mapped
        }
        switch self {
        case .markdown(var markdown):
            markdown.pieces = try map(markdown.pieces)
            return .markdown(markdown)
        case .callout(var callout):
            if let title = callout.title { callout.title = try map(title) }
            callout.children = try mapAll(callout.children)
            return .callout(callout)
        case .footnotes(var footnotes):
            for index in footnotes.indices { footnotes[index].children = try mapAll(footnotes[index].children) }
            return .footnotes(footnotes)
        case .exercise(var exercise):
            if let title = exercise.title { exercise.title = try map(title) }
            exercise.children = try mapAll(exercise.children)
            return .exercise(exercise)
        case .solution(var solution):
            solution.children = try mapAll(solution.children)
            return .solution(solution)
        case .equation, .rawHTML:
            return self
        }
    }
}
