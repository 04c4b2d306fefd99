import NotebookKit

/// One notebook's run: parse, run each step in document order, build the report.
/// Nothing is written here; the result lists the files to write.
struct NotebookExecution {
    let path: String
    let configuration: RunConfiguration
    let progress: ProgressReporter
    /// Collects the time of each phase when given (`nbrun-bench render`).
    var phaseTimes: PhaseTimes? = nil

    struct Outcome {
        var warnings: [Diagnostic]
        var result: Result<RenderedNotebook, Diagnostic>
    }

    func run(text: String) -> Outcome {
        var warnings: [Diagnostic] = []
        do throws(Diagnostic) {
            let parser = NotebookParser(options: .init(safe: configuration.safe))
            let notebook = try phaseTimes.measure(.parse) { () throws(Diagnostic) in try parser.parse(text, path: path) }
            let parameters = try checkedParameters(notebook)
            var context = RunContext(
                notebook: notebook, notebookDirectory: directory(of: path), stem: stem(of: path),
                parameters: parameters, configuration: configuration, progress: progress
            )
            context.phaseTimes = phaseTimes
            // Every step's options are read and checked before the first step runs, so a
            // mistake in the last step is reported at once, not after a long training.
            var prepared: [PreparedStep] = []
            for step in notebook.steps {
                prepared.append(try StepRegistry.prepare(step, parameters: context.parameters))
            }
            var sections: [ReportSection] = []
            var stepIndex = 0
            for block in notebook.blocks {
                switch block {
                case .prose(let prose):
                    sections.append(.prose(prose))
                case .step(let step):
                    let ready = prepared[stepIndex]
                    stepIndex += 1
                    progress.stepStarted(stepIndex, of: prepared.count, name: step.name, notebook: path)
                    // Plots count as report building, everything else as running the steps.
                    let phase: PhaseTimes.Phase = ready.isPlot ? .report : .steps
                    let parts = try phaseTimes.measure(phase) { () throws(Diagnostic) in try ready.run(&context) }
                    sections.append(.step(step, parts))
                }
            }
            warnings += context.warnings
            var builder = ReportBuilder(notebook: notebook, context: context, configuration: configuration, phaseTimes: phaseTimes)
            let rendered = try phaseTimes.measure(.report) { () throws(Diagnostic) in try builder.build(sections) }
            warnings += builder.warnings
            return Outcome(warnings: warnings, result: .success(rendered))
        } catch {
            return Outcome(warnings: warnings, result: .failure(error))
        }
    }

    /// Front matter parameters with `--set` overrides; an override of a parameter
    /// the notebook does not declare is an error (it would silently change nothing).
    private func checkedParameters(_ notebook: Notebook) throws(Diagnostic) -> Parameters {
        let declared = notebook.frontMatter.params.map(\.name)
        for (name, _) in configuration.overrides where !declared.contains(name) {
            let location = notebook.frontMatter.keyLocations["params"] ?? SourceLocation(path: path, line: 1, column: 1)
            var notes: [String] = []
            if let suggestion = Suggestion.closest(to: name, among: declared) {
                notes.append("did you mean '--set \(suggestion)=…'?")
            } else if declared.isEmpty {
                notes.append("this notebook declares no parameters (front matter 'params:')")
            } else {
                notes.append("declared parameters: " + declared.joined(separator: ", "))
            }
            throw .error("--set \(name): the notebook has no parameter '\(name)'", at: location, notes: notes)
        }
        return Parameters(frontMatter: notebook.frontMatter.params, overrides: configuration.overrides)
    }
}

/// What a step or a stretch of prose contributes to the report, in document order.
enum ReportSection {
    case prose(Prose)
    case step(Step, [ResultPart])
}

/// A notebook's report, ready to write.
public struct RenderedNotebook: Sendable {
    public var title: String
    public var description: String?
    /// `xor.html`, relative to the output directory.
    public var reportPath: String
    /// The report, its figures and exports, relative to the output directory.
    public var files: [OutputFile]
}

/// `notebooks` for `notebooks/xor.md`; empty for a bare file name.
func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
}

/// `xor` for `notebooks/xor.md`.
func stem(of path: String) -> String {
    var name = path
    if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
    return name
}
