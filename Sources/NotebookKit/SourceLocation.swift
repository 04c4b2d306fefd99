/// A position in a notebook: 1-based line and 1-based column counted in UTF-8
/// bytes (as cmark and compilers count), printed `path:line:column`.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The path as the user gave it (never made absolute, so messages and output stay portable).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// The same line, `bytes` UTF-8 bytes further right.
    public func advanced(by bytes: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column + bytes)
    }
}
