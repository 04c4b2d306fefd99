/// A reference to a CSV column: by header name, or by 0-based index as in numpy and
/// pandas (`-1` is the last column).
public enum CSVColumn: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    case name(String)
    case index(Int)

    public init(stringLiteral value: String) {
        self = .name(value)
    }

    public init(integerLiteral value: Int) {
        self = .index(value)
    }

    /// `'label'` or `2`, as quoted in messages.
    public var description: String {
        switch self {
        case .name(let name): "'\(name)'"
        case .index(let index): String(index)
        }
    }
}
