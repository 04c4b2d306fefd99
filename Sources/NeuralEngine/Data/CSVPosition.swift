/// A place in CSV text: 1-based line and column, columns counted in UTF-8 bytes
/// (as cmark counts them), so the pipeline can point into the data file.
public struct CSVPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: CSVPosition, b: CSVPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
