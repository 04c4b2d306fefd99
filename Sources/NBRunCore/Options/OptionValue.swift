import NotebookKit

/// An option's text as written (after `${param}` substitution) and where it came from.
public struct OptionValue: Sendable, Equatable {
    public var text: String
    /// The first byte of the value in the notebook.
    public var location: SourceLocation
    /// Set when the text came from `${name}`: the parameter's name, for messages.
    public var substitutedFrom: String?
    /// The option's name, for messages ("not a valid loss").
    public var optionName: String

    public init(text: String, location: SourceLocation, substitutedFrom: String? = nil, optionName: String = "value") {
        self.text = text
        self.location = location
        self.substitutedFrom = substitutedFrom
        self.optionName = optionName
    }

    /// An error about this value; `offset` (UTF-8 bytes into the text) moves the caret
    /// when the text is exactly what the notebook shows (not substituted, single line).
    func error(_ message: String, offset: Int = 0, length: Int? = nil) -> Diagnostic {
        let exact = substitutedFrom == nil
        let location = exact ? self.location.advanced(by: offset) : self.location
        var notes: [String] = []
        if let name = substitutedFrom {
            notes.append("the value came from parameter '\(name)' = '\(text)'")
        }
        return .error(message, at: location, length: length ?? (exact ? max(1, text.utf8.count - offset) : 1), notes: notes)
    }
}
