import NotebookKit

/// One kind of step, such as `{train}`: its name, its documented options, and
/// what it does to the run. Steps read and change the ``RunContext`` and return
/// plain result values; turning them into HTML is the report's job.
public protocol NotebookStep {
    /// The name inside the braces: `train`, `plot loss`.
    static var name: String { get }
    /// One sentence for the documentation and error notes.
    static var summary: String { get }
    /// A typical body, shown in the documentation (a test runs it through the option checks).
    static var example: String { get }
    static var options: [OptionSpec] { get }
    /// Whether lines that are not `key: value` are allowed (the model's layers).
    static var acceptsItems: Bool { get }
    /// The option whose value decides which other options apply (dataset `from`).
    static var selector: String? { get }

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart]
}

extension NotebookStep {
    public static var acceptsItems: Bool { false }
    public static var selector: String? { nil }
}
