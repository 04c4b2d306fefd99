import Foundation
import NotebookKit

/// Runs notebooks end to end: read → parse → run steps → build the report →
/// write every file atomically. Diagnostics are printed compiler-style on
/// standard error; the return value is the process's exit status.
public struct NotebookRunner {
    public var configuration: RunConfiguration
    public var progress: ProgressReporter
    /// Where diagnostics go (standard error by default; tests capture them).
    public var diagnosticsOutput: @Sendable (String) -> Void
    /// When set, collects the time spent parsing, typesetting math, building the report
    /// and running the steps (`nbrun-bench render`); the output is the same either way.
    public var phaseTimes: PhaseTimes?

    public init(
        configuration: RunConfiguration,
        progress: ProgressReporter? = nil,
        diagnosticsOutput: @escaping @Sendable (String) -> Void = { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    ) {
        self.configuration = configuration
        self.progress = progress ?? .automatic(quiet: configuration.quiet)
        self.diagnosticsOutput = diagnosticsOutput
    }

    /// 0 when every notebook rendered, 1 when any notebook had an error.
    public func run() -> Int32 {
        var status: Int32 = 0
        var rendered: [RenderedNotebook] = []
        // Phase times are one shared tally: measured runs stay serial.
        let outcomes = configuration.jobs > 1 && configuration.notebooks.count > 1 && phaseTimes == nil
            ? renderConcurrently(configuration.notebooks, jobs: configuration.jobs)
            : configuration.notebooks.map { render($0) }
        for outcome in outcomes {
            switch outcome {
            case .success(let notebook):
                rendered.append(notebook)
            case .failure:
                status = 1
            }
        }
        if configuration.notebooks.count > 1, !rendered.isEmpty {
            let index = IndexBuilder(layout: layout).build(rendered)
            if !write([index]) { status = 1 }
        }
        progress.finished()
        return status
    }

    struct Failed: Error {}

    /// Renders and writes one notebook (and no index): the preview re-renders one
    /// lesson at a time. Nil when it failed; its diagnostics went to ``diagnosticsOutput``.
    public func renderNotebook(_ path: String) -> RenderedNotebook? {
        try? render(path).get()
    }

    /// Writes the index page of `notebooks` (in the order given).
    public func writeIndex(of notebooks: [RenderedNotebook]) -> Bool {
        write([IndexBuilder(layout: layout).build(notebooks)])
    }

    /// Renders one notebook and writes its files; prints its diagnostics.
    func render(_ path: String) -> Result<RenderedNotebook, Failed> {
        let text: String
        do {
            let data = try phaseTimes.measure(.parse) { try Data(contentsOf: URL(fileURLWithPath: path)) }
            guard let decoded = String(data: data, encoding: .utf8) else {
                report(plain: "\(path): error: the file is not valid UTF-8 text")
                return .failure(Failed())
            }
            text = decoded
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            report(plain: "\(path): error: \(reason)")
            return .failure(Failed())
        }
        let source = SourceFile(path: path, text: text)
        let execution = NotebookExecution(path: path, configuration: configuration, progress: progress, phaseTimes: phaseTimes)
        let outcome = execution.document(text: text)
        var warnings = outcome.warnings
        let result = outcome.result.flatMap { document -> Result<RenderedNotebook, Diagnostic> in
            var renderer = HTMLPageRenderer(
                options: .init(safe: configuration.safe, fragment: configuration.fragment, mathFontPath: configuration.mathFontPath),
                phaseTimes: phaseTimes)
            do throws(Diagnostic) {
                let output = try phaseTimes.measure(.report) { () throws(Diagnostic) in try renderer.render(document, layout: layout) }
                warnings += output.warnings
                return .success(RenderedNotebook(title: document.metadata.title, description: document.metadata.description,
                                                 reportPath: output.mainPath, files: output.files))
            } catch {
                return .failure(error)
            }
        }
        for warning in warnings {
            report(warning, source: source)
        }
        switch result {
        case .failure(let diagnostic):
            report(diagnostic, source: source)
            return .failure(Failed())
        case .success(let notebook):
            guard phaseTimes.measure(.report, { write(notebook.files) }) else { return .failure(Failed()) }
            if !configuration.quiet {
                progress.message("wrote \(layout.fileSystemPath(notebook.reportPath))")
            }
            return .success(notebook)
        }
    }

    /// Where every output file goes.
    var layout: OutputLayout { OutputLayout(directory: configuration.outputDirectory) }

    /// Writes files under the output directory, each atomically.
    func write(_ files: [OutputFile]) -> Bool {
        for file in files {
            do {
                try AtomicFile.write(file.bytes, to: layout.fileSystemPath(file.relativePath))
            } catch {
                report(plain: "error: \(error)")
                return false
            }
        }
        return true
    }

    func report(_ diagnostic: Diagnostic, source: SourceFile?) {
        progress.finished()
        var file = source
        // A diagnostic may point into another file the notebook read (a CSV file).
        if diagnostic.location.path != source?.path,
           let data = FileManager.default.contents(atPath: diagnostic.location.path),
           let text = String(data: data, encoding: .utf8) {
            file = SourceFile(path: diagnostic.location.path, text: text)
        }
        diagnosticsOutput(DiagnosticFormatter().format(diagnostic, source: file))
    }

    func report(plain message: String) {
        progress.finished()
        diagnosticsOutput(message + "\n")
    }
}
