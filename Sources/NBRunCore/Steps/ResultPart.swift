import Numerals
import Markup

/// What a step shows in the report, as plain values. Inline Markdown fields
/// (``InlineMarkdown``) may contain `$math$`; a renderer parses them with their
/// notebook locations, so their errors point at the notebook.
public enum ResultPart: Sendable {
    case table(ResultTable)
    case matrix(NamedMatrix)
    case figure(FigureResult)
    case metrics([Metric])
    case callout(Callout)
    /// A paragraph of inline Markdown (e.g. the caption of a group of matrices).
    case text(InlineMarkdown)
}

public struct ResultTable: Sendable {
    public struct Column: Sendable {
        /// Inline Markdown, e.g. `$\hat{y}$`.
        public var title: String
        public var numeric: Bool
        public init(_ title: String, numeric: Bool = true) {
            self.title = title
            self.numeric = numeric
        }
    }

    public var caption: InlineMarkdown?
    public var columns: [Column]
    /// Cells as values: numbers with the style they are shown in; a renderer formats them.
    public var rows: [[Cell]]
    /// Shown under the table, e.g. "… 980 more rows".
    public var footnote: InlineMarkdown?

    public init(caption: InlineMarkdown?, columns: [Column], rows: [[Cell]], footnote: InlineMarkdown? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.footnote = footnote
    }
}

/// A matrix shown with its name in mathematical notation and its shape.
public struct NamedMatrix: Sendable {
    /// TeX for the name, e.g. `W_1` or `\frac{\partial E}{\partial W_1}`.
    public var texName: String
    /// What it is, in words.
    public var description: InlineMarkdown?
    public var rows: Int
    public var columns: Int
    public var values: [Double]
    public var precision: Int

    public init(texName: String, description: InlineMarkdown? = nil, rows: Int, columns: Int, values: [Double], precision: Int) {
        self.texName = texName
        self.description = description
        self.rows = rows
        self.columns = columns
        self.values = values
        self.precision = precision
    }
}

public struct FigureResult: Sendable {
    /// Figures are numbered in document order.
    public var number: Int
    /// The `<svg>` element.
    public var svg: Node
    public var caption: InlineMarkdown?
    /// Short name for the file: `loss` gives `figure-2-loss.svg`.
    public var slug: String
    /// Text alternative for screen readers (already in the SVG's title/desc too).
    public var alternative: String

    public init(number: Int, svg: Node, caption: InlineMarkdown?, slug: String, alternative: String) {
        self.number = number
        self.svg = svg
        self.caption = caption
        self.slug = slug
        self.alternative = alternative
    }
}

/// One table cell or card value: a number with its style, or text.
public enum Cell: Sendable, Equatable {
    case number(Double, NumberStyle)
    case text(String)
    /// No value, shown as a dash.
    case missing

    /// A count: `.number(n, .integer)`.
    public static func integer(_ value: Int) -> Cell { .number(Double(value), .integer) }
}

/// A key result shown as a card: "final loss 0.0123".
public struct Metric: Sendable {
    /// Inline Markdown with simple TeX (shown as plain text).
    public var label: String
    public var value: Cell
    /// Words after the value, e.g. "at epoch 1990".
    public var detail: String?

    public init(_ label: String, _ value: Cell, detail: String? = nil) {
        self.label = label
        self.value = value
        self.detail = detail
    }

    public init(_ label: String, _ text: String) {
        self.init(label, .text(text))
    }
}

public struct Callout: Sendable {
    public enum Kind: String, Sendable { case note, warning, error, success }
    public var kind: Kind
    public var text: InlineMarkdown
    public init(_ kind: Kind, _ text: InlineMarkdown) {
        self.kind = kind
        self.text = text
    }
}
