import NotebookKit

/// Inline Markdown from a notebook (a caption, a label), with where it was written,
/// so the report parses it with real locations: an error in a caption's formula
/// points at the caption's own line and column.
public struct InlineMarkdown: Sendable, Equatable {
    public var text: String
    /// The first byte of the text in the notebook; nil for text nbrun wrote itself.
    public var location: SourceLocation?
    /// Set when the text came from `${name}` (columns inside it are then not exact).
    public var substitutedFrom: String?

    /// Text from a notebook option.
    public init(_ value: OptionValue) {
        text = value.text.trimmed
        let leading = value.text.utf8.count - value.text.trimmedLeading.utf8.count
        location = value.substitutedFrom == nil ? value.location.advanced(by: leading) : value.location
        substitutedFrom = value.substitutedFrom
    }

    /// Text nbrun writes itself (captions of its own tables); it has no place in the notebook.
    public init(generated text: String) {
        self.text = text
    }
}

extension InlineMarkdown {
    /// This text followed by `suffix` (nbrun's own words), still located at its start.
    public func appending(_ suffix: String) -> InlineMarkdown {
        var copy = self
        copy.text += suffix
        return copy
    }
}

extension InlineMarkdown: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self.init(generated: value)
    }
}
