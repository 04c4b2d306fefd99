import Foundation
import NBRunCore
import PreviewServer

/// `nbrun preview`: renders the notebooks into the output folder, serves that folder
/// (and the lessons' own folders, for their images) on 127.0.0.1, watches each
/// notebook and the files it uses, re-renders what changed and tells the open pages
/// to reload. A notebook that fails is shown as ``ErrorPage`` (and printed on the
/// terminal) until a later save fixes it.
///
/// A changed file other than a notebook re-renders every notebook whose text (or
/// `--set` values, or `--math-font`) names it: that is how a notebook uses a file
/// (`file: data/points.csv`, `{load} weights.json`).
public final class LivePreview: @unchecked Sendable {
    public let notebooks: [String]
    public let configuration: RunConfiguration
    public let port: UInt16
    /// Where terminal messages (diagnostics, "re-rendered …") go.
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private let renderLock = NSLock()
    private var rendered: [String: RenderedNotebook] = [:]
    private var failures: [String: String] = [:]
    private var server: PreviewServer?
    private var watcher: FileWatcher?

    /// `configuration.notebooks` is replaced by the notebooks found in `inputs`.
    public init(inputs: [String], configuration: RunConfiguration, port: UInt16 = 0,
                log: @escaping @Sendable (String) -> Void) throws(LivePreviewError) {
        notebooks = try NotebookDiscovery.notebooks(in: inputs)
        var configuration = configuration
        configuration.notebooks = notebooks
        self.configuration = configuration
        self.port = port
        self.log = log
    }

    /// Renders everything, starts serving and watching; returns the index's URL.
    public func start() throws(LivePreviewError) -> String {
        _ = render(notebooks)
        try? FileManager.default.createDirectory(atPath: configuration.outputDirectory, withIntermediateDirectories: true)
        let roots = [configuration.outputDirectory] + lessonFolders
        do {
            let server = try PreviewServer(roots: roots, port: port) { [weak self] segments in
                self?.errorPage(for: segments)
            }
            self.server = server
            watcher = try FileWatcher(folders: watchedFolders) { [weak self] changed in
                self?.filesChanged(changed)
            }
            return server.url + (notebooks.count > 1 ? layout.indexPath : layout.reportPath(stem: stem(notebooks[0])))
        } catch {
            server?.stop()
            throw .server(error.description)
        }
    }

    /// Stops watching and serving (Ctrl-C).
    public func stop() {
        watcher?.stop()
        server?.stop()
    }

    /// The server's port once started.
    public var boundPort: UInt16? { server?.port }

    /// Re-renders the notebooks that `changedPaths` affect and reloads the open pages;
    /// returns those notebooks (the watcher calls this; tests may too).
    @discardableResult
    public func filesChanged(_ changedPaths: [String]) -> [String] {
        // One render at a time: two renders of one notebook would write the same files.
        renderLock.lock()
        defer { renderLock.unlock() }
        let affected = affectedNotebooks(by: changedPaths)
        guard !affected.isEmpty else { return [] }
        let start = ContinuousClock.now
        let failed = render(affected)
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        log("re-rendered \(affected.joined(separator: ", ")) in \(milliseconds) ms"
            + (failed.isEmpty ? "" : " (\(failed.count) with errors, shown in the browser)") + "\n")
        server?.reload()
        return affected
    }

    /// The notebooks a change concerns: a notebook itself, or every notebook naming
    /// a changed file. Files in the output folder and hidden files never count.
    func affectedNotebooks(by changedPaths: [String]) -> [String] {
        let output = canonical(configuration.outputDirectory)
        var affected = Set<String>()
        for path in changedPaths {
            let name = (path as NSString).lastPathComponent
            let absolute = canonical(path)
            if name.hasPrefix(".") || name.hasSuffix("~") || absolute == output || absolute.hasPrefix(output + "/") { continue }
            if let notebook = notebooks.first(where: { canonical($0) == absolute }) {
                affected.insert(notebook)
                continue
            }
            let extraText = configuration.overrides.map(\.1).joined(separator: "\n") + (configuration.mathFontPath ?? "")
            for notebook in notebooks {
                let text = (try? String(contentsOfFile: notebook, encoding: .utf8)) ?? ""
                if text.contains(name) || extraText.contains(name) { affected.insert(notebook) }
            }
        }
        return notebooks.filter(affected.contains)
    }

    /// Renders `paths` in order, then the index; returns those that failed.
    private func render(_ paths: [String]) -> [String] {
        var failed: [String] = []
        for path in paths {
            let captured = Captured()
            let runner = NotebookRunner(
                configuration: configuration, progress: .automatic(quiet: configuration.quiet),
                diagnosticsOutput: { text in captured.append(text) })
            let notebook = runner.renderNotebook(path)
            let diagnostics = captured.text
            if !diagnostics.isEmpty { log(diagnostics) }
            lock.withLock {
                if let notebook {
                    rendered[path] = notebook
                    failures[path] = nil
                } else {
                    failures[path] = diagnostics
                }
            }
            if notebook == nil { failed.append(path) }
        }
        if notebooks.count > 1 {
            let entries = lock.withLock { notebooks.compactMap { rendered[$0] } }
            _ = NotebookRunner(configuration: configuration, progress: ProgressReporter(mode: .quiet), diagnosticsOutput: log)
                .writeIndex(of: entries)
        }
        return failed
    }

    /// The error page of a failed notebook when `segments` name its page.
    private func errorPage(for segments: [String]) -> [UInt8]? {
        guard segments.count == 1 else { return nil }
        return lock.withLock {
            for (path, diagnostics) in failures where layout.reportPath(stem: stem(path)) == segments[0] {
                return Array(ErrorPage.html(notebook: path, diagnostics: diagnostics).utf8)
            }
            return nil
        }
    }

    /// The last render's diagnostics of each failed notebook.
    public var currentFailures: [String: String] { lock.withLock { failures } }

    private var layout: OutputLayout { OutputLayout(directory: configuration.outputDirectory) }

    /// The folders holding the notebooks, each once.
    private var lessonFolders: [String] {
        var seen = Set<String>()
        return notebooks.map { folder(of: $0) }.filter { seen.insert(canonical($0)).inserted }
    }

    /// The lesson folders and their subfolders (data, images), and the math font's folder;
    /// never the output folder or hidden folders.
    private var watchedFolders: [String] {
        let output = canonical(configuration.outputDirectory)
        var folders: [String] = []
        var seen = Set<String>()
        func add(_ folder: String) {
            let absolute = canonical(folder)
            guard absolute != output, !absolute.hasPrefix(output + "/"), seen.insert(absolute).inserted else { return }
            folders.append(folder)
        }
        for lesson in lessonFolders {
            add(lesson)
            let enumerator = FileManager.default.enumerator(atPath: lesson)
            while let relative = enumerator?.nextObject() as? String {
                let path = lesson + "/" + relative
                var isDirectory: ObjCBool = false
                let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
                if !hidden, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    add(path)
                }
            }
        }
        if let font = configuration.mathFontPath { add(folder(of: font)) }
        return folders
    }
}

private func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
}

private func stem(_ path: String) -> String {
    ((path as NSString).lastPathComponent as NSString).deletingPathExtension
}

private func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
}

/// Diagnostics of one render, collected to print and to show in the browser.
private final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    var text: String { lock.withLock { buffer } }
    func append(_ text: String) { lock.withLock { buffer += text } }
}
