import NotebookKit

/// Every step nbrun knows, in the order the documentation lists them.
public enum StepRegistry {
    public static let all: [any NotebookStep.Type] = []

    /// The step named `name`, or an error at the name with a suggestion.
    static func step(for step: Step) throws(Diagnostic) -> any NotebookStep.Type {
        if let kind = all.first(where: { $0.name == step.name }) { return kind }
        let names = all.map(\.name)
        if let suggestion = Suggestion.closest(to: step.name, among: names) {
            throw .error("unknown step '{\(step.name)}'; did you mean '{\(suggestion)}'?",
                         at: step.nameLocation, length: step.name.utf8.count)
        }
        throw .error("unknown step '{\(step.name)}'", at: step.nameLocation, length: step.name.utf8.count,
                     notes: ["known steps: " + names.map { "{\($0)}" }.joined(separator: ", ")])
    }
}
