import NotebookKit

/// One notebook's run: parse, check every step's options, run each step in document
/// order, and collect the ``NotebookDocument``. Nothing is rendered or written here.
public struct NotebookExecution {
    public let path: String
    public let configuration: RunConfiguration
    public let progress: ProgressReporter
    /// Collects the time of each phase when given (`nbrun-bench render`).
    public var phaseTimes: PhaseTimes? = nil

    public init(path: String, configuration: RunConfiguration, progress: ProgressReporter, phaseTimes: PhaseTimes? = nil) {
        self.path = path
        self.configuration = configuration
        self.progress = progress
        self.phaseTimes = phaseTimes
    }

    /// The document, or the first error; warnings found on the way either way.
    public struct Outcome: Sendable {
        public var warnings: [Diagnostic]
        public var result: Result<NotebookDocument, Diagnostic>
    }

    /// Runs the notebook whose text is `text` (read from ``path``).
    public func document(text: String) -> Outcome {
        var warnings: [Diagnostic] = []
        do throws(Diagnostic) {
            try ReportName.check(stem(of: path), path: path)
            let parser = NotebookParser(options: .init(safe: configuration.safe, images: .embed, solutions: configuration.solutions))
            let notebook = try phaseTimes.measure(.parse) { () throws(Diagnostic) in try parser.parse(text, path: path) }
            warnings += notebook.warnings
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
            var blocks: [DocumentBlock] = []
            var proseSources = ProseSource.stretches(of: notebook).makeIterator()
            var stepIndex = 0
            for block in notebook.blocks {
                switch block {
                case .prose(let prose):
                    let source = proseSources.next() ?? ("", SourceLocation(path: path, line: 1, column: 1))
                    blocks.append(.prose(ProseBlock(markdown: source.markdown, location: source.location,
                                                    pieces: prose.pieces, headings: prose.headings)))
                case .step(let step):
                    let ready = prepared[stepIndex]
                    stepIndex += 1
                    progress.stepStarted(stepIndex, of: prepared.count, name: step.name, notebook: path)
                    // Plots count as report building, everything else as running the steps.
                    let phase: PhaseTimes.Phase = ready.isPlot ? .report : .steps
                    try ResourceBudget(configuration: configuration).admit(ready, context: &context)
                    let parts = try phaseTimes.measure(phase) { () throws(Diagnostic) in try ready.run(&context) }
                    blocks.append(.step(StepBlock(name: step.name, source: step.source, location: step.location, results: parts)))
                }
            }
            warnings += context.warnings
            let frontMatter = notebook.frontMatter
            let metadata = DocumentMetadata(
                title: frontMatter.title ?? context.stem, subtitle: frontMatter.subtitle, author: frontMatter.author,
                date: frontMatter.date, description: frontMatter.description, order: frontMatter.order, sourcePath: path,
                displayName: SourceName.display(path), stem: context.stem,
                activeContent: notebook.activeContent)
            let parameterValues = context.parameters.order.compactMap { name in
                context.parameters.entries[name].map { RunRecord.ParameterValue(name: name, value: $0.value, location: $0.location) }
            }
            let document = NotebookDocument(
                metadata: metadata, blocks: blocks,
                attachments: context.attachments + LocalReferences.attachments(of: blocks, notebookDirectory: directory(of: path)),
                run: RunRecord(parameters: parameterValues, random: context.randomSettings, nbrunVersion: nbrunVersion))
            return Outcome(warnings: warnings, result: .success(document))
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

/// A notebook's rendered output, ready to write.
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
