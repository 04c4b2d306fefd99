import NotebookKit

/// Every step nbrun knows, in the order the documentation lists them.
public enum StepRegistry {
    public static var all: [any NotebookStep.Type] { [
        DatasetStep.self,
        ModelStep.self,
        TrainStep.self,
        PlotLossStep.self,
        PlotBoundaryStep.self,
        PlotNetworkStep.self,
        WeightsStep.self,
        PredictStep.self,
        EvaluateStep.self,
        GradientCheckStep.self,
        TraceStep.self,
        RandomStep.self,
        LoadStep.self,
    ] }

    /// `step` with its options read and checked, ready to run.
    static func prepare(_ step: Step, parameters: Parameters) throws(Diagnostic) -> PreparedStep {
        try kind(of: step).prepare(step, parameters: parameters)
    }

    /// The names of all steps, in documentation order.
    public static var names: [String] {
        var names: [String] = []
        for kind in all { names.append(kind.name) }
        return names
    }

    /// The step named like `step`, or an error at the name with a suggestion.
    /// (Plain loops: closures over existential metatypes crash Swift 6.3's SILGen here.)
    static func kind(of step: Step) throws(Diagnostic) -> any NotebookStep.Type {
        for kind in all where kind.name == step.name { return kind }
        let known = names
        if let suggestion = Suggestion.closest(to: step.name, among: known) {
            throw .error("unknown step '{\(step.name)}'; did you mean '{\(suggestion)}'?",
                         at: step.nameLocation, length: step.name.utf8.count)
        }
        throw .error("unknown step '{\(step.name)}'", at: step.nameLocation, length: step.name.utf8.count,
                     notes: ["known steps: " + known.map { "{\($0)}" }.joined(separator: ", ")])
    }
}
