/// A step: a fenced block whose info string is `{name key=value ...}`.
///
///     ```{train}
///     loss: mse
///     epochs: 1000
///     ```
///
/// NotebookKit only splits the block into lines with locations; what the names
/// and options mean is decided by the pipeline, which knows every step.
public struct Step: Sendable {
    /// The words inside the braces before any `key=value`, joined by one space: `plot loss`.
    public var name: String
    /// Where the name's first word starts (the byte after `{` unless blanks follow it).
    public var nameLocation: SourceLocation
    /// `key=value` pairs written inside the braces, after the name; a quoted value
    /// (`caption="Loss, log scale"`) is given without its quotes, its location is the
    /// byte after the opening quote.
    public var inlineOptions: [StepLine]
    /// The body's meaningful lines (comments and blank lines dropped), in order.
    public var lines: [StepLine]
    /// The body exactly as written (each line ending in `\n`; the fence's own indentation
    /// removed, as cmark does), for display in the report.
    public var source: String
    /// The opening fence's location (its first backtick or tilde).
    public var location: SourceLocation

    public init(
        name: String, nameLocation: SourceLocation, inlineOptions: [StepLine] = [],
        lines: [StepLine], source: String, location: SourceLocation
    ) {
        self.name = name
        self.nameLocation = nameLocation
        self.inlineOptions = inlineOptions
        self.lines = lines
        self.source = source
        self.location = location
    }
}

/// One meaningful line of a step body: either an option `key: value` or an item
/// (a layer such as `dense 2 -> 3`). A value whose `[` brackets are not closed
/// continues on the following lines, so matrices can be written over several lines.
public struct StepLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `key: value`; `key` is letters, digits, `-`, `_` and spaces, starting with a letter,
        /// and the `:` is followed by a blank or the end of the line. `valueLocation` is the
        /// value's first byte (the byte after `:` when the value is empty).
        case option(key: String, value: String, valueLocation: SourceLocation)
        /// Any other meaningful line, e.g. `dense 2 -> 3, bias: none`.
        case item(String)
    }

    public var kind: Kind
    /// The first non-blank byte of the line.
    public var location: SourceLocation
    /// The whole meaningful text (comment removed, trimmed; continuation lines joined with a space).
    public var text: String

    public init(kind: Kind, location: SourceLocation, text: String) {
        self.kind = kind
        self.location = location
        self.text = text
    }

    public var key: String? {
        if case .option(let key, _, _) = kind { key } else { nil }
    }

    public var value: String? {
        if case .option(_, let value, _) = kind { value } else { nil }
    }
}
