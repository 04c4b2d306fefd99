import NotebookKit

/// One kind of step, such as `{train}`: its name, its options (declared with their
/// Swift types in ``Options``), and what it does to the run. Steps read and change
/// the ``RunContext`` and return plain result values; rendering them is a renderer's job.
public protocol NotebookStep {
    /// The step's options as typed declarations (the documentation lists them in this order).
    associatedtype Options: StepOptionList
    /// The name inside the braces: `train`, `plot loss`.
    static var name: String { get }
    /// One sentence for the documentation and error notes.
    static var summary: String { get }
    /// A typical body, shown in the documentation (a test runs it through the option checks).
    static var example: String { get }
    /// Whether lines that are not `key: value` are allowed (the model's layers).
    static var acceptsItems: Bool { get }
    /// The option whose value decides which other options apply (dataset `from`).
    static var selector: String? { get }

    /// Checks what the options alone can tell (e.g. layer lines), before any step runs.
    static func check(_ options: StepOptions<Options>) throws(Diagnostic)

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart]
}

extension NotebookStep {
    public static var acceptsItems: Bool { false }
    public static var selector: String? { nil }
    public static func check(_ options: StepOptions<Options>) throws(Diagnostic) {}

    /// The declarations of the step's options, for the documentation.
    public static var optionInfos: [OptionInfo] { Options.declarations.map(\.info) }

    /// Reads and checks `step`'s options; the result runs the step with them.
    static func prepare(_ step: Step, parameters: Parameters) throws(Diagnostic) -> PreparedStep {
        let options = try StepOptions<Options>(step: step, parameters: parameters, selector: selector, acceptsItems: acceptsItems)
        try check(options)
        return PreparedStep(step: step, isPlot: name.hasPrefix("plot")) { (context: inout RunContext) throws(Diagnostic) -> [ResultPart] in
            try run(options, in: &context)
        }
    }
}

/// A step whose options have been read and checked, ready to run.
struct PreparedStep {
    let step: Step
    /// Plots count as building the report in phase times.
    let isPlot: Bool
    let run: (inout RunContext) throws(Diagnostic) -> [ResultPart]
}
