import NotebookKit

/// What one option of a step accepts, with its documentation.
///
/// Every step declares its options as data, so unknown options, wrong values,
/// `--help`-style listings and docs/notebook-format.md all come from one place
/// (a test checks the document against these declarations).
public struct OptionSpec: Sendable {
    public var name: String
    /// Other accepted spellings (e.g. `lr` for `learning-rate`).
    public var aliases: [String]
    public var kind: ValueKind
    /// The default as it would be written in a notebook; nil means "none" or "required".
    public var defaultText: String?
    public var isRequired: Bool
    public var summary: String
    /// Only for these values of a step's selector option (e.g. dataset `from`); empty means always.
    public var appliesTo: [String]

    public init(
        _ name: String, _ kind: ValueKind, default defaultText: String? = nil, required: Bool = false,
        aliases: [String] = [], appliesTo: [String] = [], _ summary: String
    ) {
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.defaultText = defaultText
        self.isRequired = required
        self.summary = summary
        self.appliesTo = appliesTo
    }

    public var allNames: [String] { [name] + aliases }
}

/// The type of value an option takes, as the documentation names it.
public enum ValueKind: Sendable, Equatable {
    case integer(ClosedRange<Int>)
    case number
    case positiveNumber
    case fraction
    case boolean
    case text
    case choice([String])
    case integerList
    case numberList
    case matrix
    case initializer
    case path

    /// How the documentation describes the accepted values.
    public var documentation: String {
        switch self {
        case .integer(let range):
            if range.upperBound == Int.max { return "integer ≥ \(range.lowerBound)" }
            return "integer \(range.lowerBound)–\(range.upperBound)"
        case .number: return "number"
        case .positiveNumber: return "number > 0"
        case .fraction: return "number in (0, 1)"
        case .boolean: return "`true` or `false`"
        case .text: return "text"
        case .choice(let values): return values.map { "`\($0)`" }.joined(separator: ", ")
        case .integerList: return "integers, comma-separated"
        case .numberList: return "numbers, comma-separated"
        case .matrix: return "matrix `[[…], …]` or row `[…]`"
        case .initializer: return "initializer (see Initializers)"
        case .path: return "path relative to the notebook"
        }
    }
}
