import NotebookKit

/// A step option whose read always gives a value: the notebook's, or the default.
///
/// A step lists its options as the stored properties of one struct (see
/// ``StepOptionList``); the runner reads and checks every written option before any
/// step runs and hands the step a ``StepOptions`` value with typed reads, and the
/// step reference in docs/notebook-format.md is written from the same declarations.
public struct StepOption<Value: Sendable>: OptionDeclaration {
    public let info: OptionInfo
    let syntax: ValueSyntax<Value>
    let fallback: Fallback

    enum Fallback: Sendable {
        case value(Value)
        /// The default as a notebook writes it, read with the option's own syntax.
        case written(String)
        /// The step cannot run without it.
        case required
    }

    /// An option with a default value.
    public init(
        _ name: String, _ syntax: ValueSyntax<Value>, default value: Value, aliases: [String] = [],
        appliesTo: [String] = [], _ summary: String
    ) {
        self.syntax = syntax
        fallback = .value(value)
        info = OptionInfo(name: name, aliases: aliases, accepts: syntax.documentation, defaultText: syntax.written(value),
                          isRequired: false, summary: summary, appliesTo: appliesTo)
    }

    /// An option whose default is written as in a notebook (an initializer such as `uniform(0, 1)`).
    public init(
        _ name: String, _ syntax: ValueSyntax<Value>, defaultWritten text: String, aliases: [String] = [],
        appliesTo: [String] = [], _ summary: String
    ) {
        self.syntax = syntax
        fallback = .written(text)
        info = OptionInfo(name: name, aliases: aliases, accepts: syntax.documentation, defaultText: text,
                          isRequired: false, summary: summary, appliesTo: appliesTo)
    }

    /// An option the step needs: a notebook that leaves it out is an error at the step.
    public static func required(_ name: String, _ syntax: ValueSyntax<Value>, _ summary: String) -> StepOption {
        StepOption(name: name, syntax: syntax, summary: summary)
    }

    private init(name: String, syntax: ValueSyntax<Value>, summary: String) {
        self.syntax = syntax
        fallback = .required
        info = OptionInfo(name: name, aliases: [], accepts: syntax.documentation, defaultText: nil,
                          isRequired: true, summary: summary, appliesTo: [])
    }

    public func read(_ written: OptionValue?, step: Step) throws(Diagnostic) -> (any Sendable)? {
        if let written { return try syntax.parse(written) }
        switch fallback {
        case .value(let value): return value
        case .written(let text):
            return try syntax.parse(OptionValue(text: text, location: step.nameLocation, optionName: info.name))
        case .required: return nil
        }
    }
}

/// A step option that may be left out: its read gives `nil` then.
public struct OptionalStepOption<Value: Sendable>: OptionDeclaration {
    public let info: OptionInfo
    let syntax: ValueSyntax<Value>

    public init(_ name: String, _ syntax: ValueSyntax<Value>, aliases: [String] = [], appliesTo: [String] = [], _ summary: String) {
        self.syntax = syntax
        info = OptionInfo(name: name, aliases: aliases, accepts: syntax.documentation, defaultText: nil,
                          isRequired: false, summary: summary, appliesTo: appliesTo)
    }

    public func read(_ written: OptionValue?, step: Step) throws(Diagnostic) -> (any Sendable)? {
        guard let written else { return nil }
        return try syntax.parse(written)
    }
}

/// What the documentation and the option checks need to know of any option.
public struct OptionInfo: Sendable {
    public var name: String
    /// Other accepted spellings (e.g. `lr` for `learning-rate`).
    public var aliases: [String]
    /// The accepted values in words.
    public var accepts: String
    /// The default as a notebook writes it; nil when there is none.
    public var defaultText: String?
    public var isRequired: Bool
    public var summary: String
    /// Only for these values of the step's selector option (dataset `from`); empty means always.
    public var appliesTo: [String]

    public var allNames: [String] { [name] + aliases }
}

/// An option declaration of any value type.
public protocol OptionDeclaration: Sendable {
    var info: OptionInfo { get }
    /// The parsed value of `written`, else the default; nil when there is neither.
    func read(_ written: OptionValue?, step: Step) throws(Diagnostic) -> (any Sendable)?
}

/// A step's options: a struct whose stored properties are ``Option``s and
/// ``OptionalStepOption``s, in the order the documentation lists them.
public protocol StepOptionList: Sendable {
    init()
}

extension StepOptionList {
    /// Every declaration, in declaration order.
    public static var declarations: [any OptionDeclaration] {
        Mirror(reflecting: Self()).children.compactMap { $0.value as? any OptionDeclaration }
    }
}

/// For steps without options.
public struct NoOptions: StepOptionList {
    public init() {}
}
