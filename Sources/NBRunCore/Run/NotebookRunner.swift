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
    ///
    /// Every notebook runs first; then the lessons are rendered in course order
    /// (``CourseOrder``), so that in a site each page can link to its neighbours.
    public func run() -> Int32 {
        var status: Int32 = 0
        var executed: [ExecutedNotebook] = []
        // Phase times are one shared tally: measured runs stay serial.
        let outcomes = configuration.jobs > 1 && configuration.notebooks.count > 1 && phaseTimes == nil
            ? executeConcurrently(configuration.notebooks, jobs: configuration.jobs)
            : configuration.notebooks.map { execute($0) }
        for outcome in outcomes {
            switch outcome {
            case .success(let notebook): executed.append(notebook)
            case .failure: status = 1
            }
        }
        // Runs into the same folder write one after the other; a killed run's temporaries go.
        let lock = configuration.packagePath == nil && !executed.isEmpty ? OutputLock(directory: configuration.outputDirectory) : nil
        defer { withExtendedLifetime(lock) {} }
        if lock != nil { AtomicFile.removeStrayTemporaries(in: configuration.outputDirectory) }
        let course = CourseOrder.sorted(executed) { $0.document.metadata.order }
        let isSite = configuration.notebooks.count > 1 && configuration.lms == nil && configuration.packagePath == nil
        var rendered: [RenderedNotebook] = []
        for (position, notebook) in course.enumerated() {
            let navigation = isSite && !configuration.fragment ? self.navigation(course, at: position) : nil
            switch render(notebook, navigation: navigation, write: configuration.packagePath == nil) {
            case .success(let page): rendered.append(page)
            case .failure: status = 1
            }
        }
        if let packagePath = configuration.packagePath {
            if !writePackage(rendered, to: packagePath) { status = 1 }
        } else if isSite, !rendered.isEmpty {
            let index = IndexBuilder(layout: layout, title: courseTitle).build(rendered)
            if !write([index]) { status = 1 }
        }
        progress.finished()
        return status
    }

    struct Failed: Error {}

    /// A notebook that ran, with its source text for diagnostics.
    struct ExecutedNotebook: Sendable {
        var document: NotebookDocument
        var source: SourceFile
    }

    /// The title of the site index and of a package: `--title`, else "Lessons".
    var courseTitle: String { configuration.courseTitle ?? "Lessons" }

    /// Links from the lesson at `position` to the index and its neighbours.
    func navigation(_ course: [ExecutedNotebook], at position: Int) -> CourseNavigation {
        func link(_ index: Int) -> CourseNavigation.Link? {
            guard course.indices.contains(index) else { return nil }
            let metadata = course[index].document.metadata
            return CourseNavigation.Link(title: metadata.title, href: layout.reportPath(stem: metadata.stem))
        }
        return CourseNavigation(indexHref: layout.indexPath, previous: link(position - 1), next: link(position + 1))
    }

    /// Runs, renders and writes one notebook (and no index): the preview re-renders one
    /// lesson at a time. Nil when it failed; its diagnostics went to ``diagnosticsOutput``.
    public func renderNotebook(_ path: String) -> RenderedNotebook? {
        guard case .success(let notebook) = execute(path) else { return nil }
        return try? render(notebook, navigation: nil, write: true).get()
    }

    /// Writes the index page of `notebooks` (in the order given).
    public func writeIndex(of notebooks: [RenderedNotebook]) -> Bool {
        write([IndexBuilder(layout: layout, title: courseTitle).build(notebooks)])
    }

    /// Reads and runs one notebook; prints its diagnostics.
    func execute(_ path: String) -> Result<ExecutedNotebook, Failed> {
        let text: String
        do {
            let data = try phaseTimes.measure(.parse) { try Data(contentsOf: URL(fileURLWithPath: path)) }
            if let invalid = UTF8Check.firstError(in: data, path: path) {
                report(invalid, source: SourceFile(path: path, text: String(decoding: data, as: UTF8.self)))
                return .failure(Failed())
            }
            let decoded = String(decoding: data, as: UTF8.self)
            text = decoded
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            report(plain: "\(path): error: \(reason)")
            return .failure(Failed())
        }
        let source = SourceFile(path: path, text: text)
        let execution = NotebookExecution(path: path, configuration: configuration, progress: progress, phaseTimes: phaseTimes)
        let outcome = execution.document(text: text)
        for warning in outcome.warnings {
            report(warning, source: source)
        }
        switch outcome.result {
        case .failure(let diagnostic):
            report(diagnostic, source: source)
            return .failure(Failed())
        case .success(let document):
            return .success(ExecutedNotebook(document: document, source: source))
        }
    }

    /// Renders one notebook and, unless it goes into a package, writes its files.
    func render(_ notebook: ExecutedNotebook, navigation: CourseNavigation?, write shouldWrite: Bool) -> Result<RenderedNotebook, Failed> {
        let document = notebook.document
        var renderer = makeRenderer(navigation: navigation)
        let output: RenderedOutput
        do throws(Diagnostic) {
            output = try phaseTimes.measure(.report) { () throws(Diagnostic) in try renderer.render(document, layout: layout) }
        } catch {
            report(error, source: notebook.source)
            return .failure(Failed())
        }
        for warning in output.warnings {
            report(warning, source: notebook.source)
        }
        let page = RenderedNotebook(title: document.metadata.title, description: document.metadata.description,
                                    reportPath: output.mainPath, files: output.files)
        guard shouldWrite else { return .success(page) }
        guard phaseTimes.measure(.report, { write(page.files) }) else { return .failure(Failed()) }
        if !configuration.quiet {
            progress.message("wrote \(layout.fileSystemPath(page.reportPath))")
        }
        return .success(page)
    }

    /// Writes the lessons, in course order, as one package file.
    func writePackage(_ lessons: [RenderedNotebook], to path: String) -> Bool {
        guard let format = PackageFormat(path: path) else {
            report(plain: "error: --package \(path): give a .imscc (Common Cartridge) or .zip (IMS Content Package) file name")
            return false
        }
        let package = CoursePackage(format: format, title: courseTitle, lessons: lessons)
        do {
            try AtomicFile.write(package.bytes(), to: path)
        } catch {
            report(plain: "error: \(error)")
            return false
        }
        if !configuration.quiet {
            progress.message("wrote \(path) (\(lessons.count) lessons)")
        }
        return true
    }

    /// The renderer the command line chose: a platform page (`--lms`) or the standalone page.
    func makeRenderer(navigation: CourseNavigation? = nil) -> any DocumentRenderer {
        if let platform = configuration.lms {
            return LMSPageRenderer(platform: platform, safe: configuration.safe, baseURL: configuration.baseURL)
        }
        return HTMLPageRenderer(
            options: .init(safe: configuration.safe, fragment: configuration.fragment, mathFontPath: configuration.mathFontPath,
                           navigation: navigation, followHostTheme: configuration.followHostTheme, baseURL: configuration.baseURL),
            phaseTimes: phaseTimes)
    }

    /// Where every output file goes.
    var layout: OutputLayout { OutputLayout(directory: configuration.outputDirectory) }

    /// Writes files under the output directory, each atomically, the pages last: a page
    /// is never in place before the figures and exports it names.
    func write(_ files: [OutputFile]) -> Bool {
        let ordered = files.filter { $0.relativePath.contains("/") } + files.filter { !$0.relativePath.contains("/") }
        for file in ordered {
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
           case let text = String(decoding: data, as: UTF8.self) {
            file = SourceFile(path: diagnostic.location.path, text: text)
        }
        diagnosticsOutput(DiagnosticFormatter().format(diagnostic, source: file))
    }

    func report(plain message: String) {
        progress.finished()
        diagnosticsOutput(message + "\n")
    }
}
