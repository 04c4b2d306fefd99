/// The math tree: what a formula means, before any markup is chosen.
///
/// The parser builds it from tokens; ``MathMLWriter`` is the only code that
/// turns it into MathML elements.
indirect enum MathNode: Sendable, Equatable {
    /// A variable or name (`<mi>`). `upright` asks for `mathvariant="normal"`
    /// on a single character (browsers italicise single-character `<mi>`).
    case identifier(String, upright: Bool)
    /// A numeral (`<mn>`).
    case number(String)
    /// An operator, fence, separator or relation (`<mo>`).
    case symbol(MathOperator)
    /// Text in a formula (`<mtext>`).
    case text(String, style: TextStyle)
    /// Horizontal space of a CSS length (`<mspace>`); negative widths become a negative margin.
    case space(MathLength)
    case row([MathNode])
    case fraction(numerator: MathNode, denominator: MathNode, hasRule: Bool)
    case root(radicand: MathNode, index: MathNode?)
    /// Scripts at the side of the base (`<msub>`, `<msup>`, `<msubsup>`).
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// Scripts under and over the base (`<munder>`, `<mover>`, `<munderover>`).
    case limits(base: MathNode, under: MathNode?, over: MathNode?, accent: Bool)
    /// A change of display style: `\displaystyle`, `\dfrac`, `\tfrac`.
    case style(MathNode, display: Bool)
    case table(MathTable)
    /// Content in a row with a CSS class and inline style (boxes, over- and underlines).
    case decorated(MathNode, decoration: Decoration)
    /// Invisible content that keeps its size; `zeroWidth` keeps only its height (`\vphantom`).
    case phantom(MathNode, zeroWidth: Bool)
    case colored(MathNode, color: String)
}

/// CSS-styled text in a formula (`\textbf`, `\textit`, `\texttt`, `\textsf`).
enum TextStyle: Sendable, Equatable {
    case plain, bold, italic, monospace, sansSerif
}

/// A decoration drawn with CSS, since MathML Core has no `<menclose>`.
enum Decoration: Sendable, Equatable {
    case box, overline, underline
    /// `\cancel` (a stroke up to the right), `\bcancel` (down to the right), `\xcancel` (both).
    case cancel, backCancel, crossCancel
}

/// A CSS length such as `1em`, `-0.1667em`, `1cm`.
struct MathLength: Sendable, Equatable {
    var value: Double
    var unit: String

    /// The length as CSS writes it, with at most four decimals.
    var css: String {
        let scaled = (value * 10_000).rounded() / 10_000
        var digits = scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
        if digits == "-0" { digits = "0" }
        return digits + unit
    }

    static func em(_ value: Double) -> MathLength { MathLength(value: value, unit: "em") }
}

/// An `<mo>` and the attributes TeX's meaning needs beyond the operator dictionary.
struct MathOperator: Sendable, Equatable {
    var text: String
    var form: Form?
    /// `stretchy="false"` for brackets typed plainly, `true` for `\left`, `\big` and wide accents.
    var stretchy: Bool?
    var symmetric: Bool?
    var largeOperator: Bool?
    var movableLimits: Bool?
    var leftSpace: MathLength?
    var rightSpace: MathLength?
    /// Fixed size for `\big` and friends (`minsize` = `maxsize`).
    var size: MathLength?

    enum Form: String, Sendable { case prefix, infix, postfix }

    init(_ text: String) {
        self.text = text
    }

    /// An operator spaced like a TeX ordinary atom (no space either side).
    static func ordinary(_ text: String) -> MathOperator {
        var result = MathOperator(text)
        result.leftSpace = .em(0)
        result.rightSpace = .em(0)
        return result
    }

    /// A bracket typed without `\left`/`\right`: it keeps its natural size.
    static func bracket(_ text: String) -> MathOperator {
        var result = MathOperator(text)
        result.stretchy = false
        return result
    }
}

/// An array, matrix or alignment.
struct MathTable: Sendable, Equatable {
    var rows: [[MathNode]]
    var columns: [ColumnAlignment]
    /// Aligned environments put no gap between each right/left column pair.
    var isAlignment: Bool
    /// Matrices and cases have no padding outside their first and last columns
    /// (amsmath's `@{}`), so their delimiters sit close to the entries.
    var trimsOuterPadding = false
    var displayStyle: Bool
    /// Rows preceded by `\hline` (indexes into `rows`; `rows.count` = after the last).
    var ruledRows: Set<Int>
    /// Columns with a `|` rule before them in an array column spec (`columns.count` = after the last).
    var ruledColumns: Set<Int>

    enum ColumnAlignment: String, Sendable { case left, center, right }

    /// The alignment of column `index`, repeating the last spec when rows are wider.
    func alignment(ofColumn index: Int) -> ColumnAlignment {
        if isAlignment { return index.isMultiple(of: 2) ? .right : .left }
        guard !columns.isEmpty else { return .center }
        return index < columns.count ? columns[index] : columns[columns.count - 1]
    }
}
