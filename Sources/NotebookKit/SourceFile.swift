/// The text of a notebook with fast access to its lines, for diagnostics.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String
    /// The lines without their terminators; `lines[0]` is line 1.
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
    }

    /// The text of 1-based line `number`, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// The location of the first byte of 1-based line `number`.
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
