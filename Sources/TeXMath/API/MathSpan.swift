/// A formula found in prose: `$...$`, `$$...$$`, `\(...\)` or `\[...\]`.
public struct MathSpan: Sendable, Equatable {
    /// UTF-8 byte range of the whole span, delimiters included.
    public var range: Range<Int>
    /// UTF-8 byte offset where the TeX (after the opening delimiter) starts.
    public var texOffset: Int
    /// The TeX between the delimiters.
    public var tex: String
    /// Whether the span is display math (`$$` or `\[`).
    public var display: Bool

    public init(range: Range<Int>, texOffset: Int, tex: String, display: Bool) {
        self.range = range
        self.texOffset = texOffset
        self.tex = tex
        self.display = display
    }
}
