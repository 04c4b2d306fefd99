/// An excerpt after ``BlockScanner``: nbrun's block extensions are taken out and each
/// is replaced by one line holding a block token, so cmark sees ordinary Markdown.
struct ScannedExcerpt: Sendable {
    let excerpt: Excerpt
    /// The Markdown for cmark.
    let text: String
    /// `lineMap[k]` is the excerpt line of line `k + 1` of `text`.
    let lineMap: [Int]
    /// The blocks taken out, in the order of their tokens.
    let blocks: [ScannedBlock]
    /// `{#id}` written at the end of an ATX heading (taken out of the line), by line of `text`.
    var headingIDs: [Int: String] = [:]

    /// The notebook location of 1-based `line` and byte `column` of `text`.
    func location(line: Int, column: Int) -> SourceLocation {
        excerpt.location(line: lineMap[min(max(line, 1), lineMap.count) - 1], column: column)
    }
}

/// A block extension found by ``BlockScanner``.
enum ScannedBlock: Sendable {
    case math(DisplayMathSource)
    case callout(CalloutSource)
    case rawHTML(html: String, location: SourceLocation)
}

/// A display formula standing on its own lines.
struct DisplayMathSource: Sendable {
    /// The TeX: between `$$`/`\[` and their closer, or a whole `\begin{…}…\end{…}`.
    var tex: String
    /// Where the TeX's first byte sits in the notebook.
    var location: SourceLocation
    /// The formula as written, delimiters included.
    var source: String
    var label: String?
}

/// A callout's opening line read, and its inside scanned.
struct CalloutSource: Sendable {
    var kind: CalloutKind
    /// Inline Markdown, and where it starts.
    var title: (text: String, location: SourceLocation)?
    var collapse: CalloutCollapse
    var body: ScannedExcerpt
    var location: SourceLocation
    var role: CalloutHeader.Role = .callout
    var label: (text: String, location: SourceLocation)?
}

/// A footnote's definition: its name and its lines (indentation removed).
struct FootnoteSource: Sendable {
    var name: String
    var body: Excerpt
    var location: SourceLocation
}
