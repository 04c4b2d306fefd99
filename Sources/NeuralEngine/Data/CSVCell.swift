/// One field of a CSV record: its text (unquoted, `""` undoubled, unquoted fields trimmed
/// of surrounding blanks) and where it starts.
public struct CSVCell: Equatable, Sendable {
    public let text: String
    public let position: CSVPosition
    /// Whether the field was written in double quotes.
    public let isQuoted: Bool

    public init(text: String, position: CSVPosition, isQuoted: Bool = false) {
        self.text = text
        self.position = position
        self.isQuoted = isQuoted
    }
}
