import Foundation
import Testing
import NBRunCore
@testable import LivePreview
@testable import PreviewServer

/// A lesson folder with one small notebook that reads a CSV file, and an output folder.
struct LessonFolder {
    let base = temporaryDirectory()
    var lessons: String { base + "/lessons" }
    var output: String { base + "/site" }
    var notebook: String { lessons + "/tiny.md" }

    static func notebookText(prose: String, dataPath: String = "data/points.csv") -> String {
        """
        ---
        title: Tiny lesson
        ---
        # Tiny lesson

        \(prose)

        ```{dataset}
        from: csv
        path: \(dataPath)
        ```

        """
    }

    init() {
        write(LessonFolder.notebookText(prose: "The first version of the prose."), to: notebook)
        write("x,y,label\n0.25,0.5,0\n0.75,1.5,1\n", to: lessons + "/data/points.csv")
        write("unrelated notes\n", to: lessons + "/notes.txt")
    }

    func preview() throws -> LivePreview {
        try LivePreview(inputs: [lessons], configuration: RunConfiguration(notebooks: [], outputDirectory: output, quiet: true),
                        log: { _ in })
    }
}

/// Every file under `folder` whose bytes contain `needle`.
func files(under folder: String, containing needle: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder)
    var found: [String] = []
    while let relative = enumerator?.nextObject() as? String {
        if let data = FileManager.default.contents(atPath: folder + "/" + relative),
           String(decoding: data, as: UTF8.self).localizedCaseInsensitiveContains(needle) {
            found.append(relative)
        }
    }
    return found
}

@Suite(.timeLimit(.minutes(2)), .serialized)
struct LivePreviewTests {
    @Test func findsTheNotebooksOfAFolderInNameOrder() throws {
        let folder = LessonFolder()
        write("x", to: folder.lessons + "/a.md")
        write("x", to: folder.lessons + "/.hidden.md")
        #expect(try NotebookDiscovery.notebooks(in: [folder.lessons + "/"]) == [folder.lessons + "/a.md", folder.notebook])
        #expect(throws: LivePreviewError.noSuchInput("nowhere")) { try NotebookDiscovery.notebooks(in: ["nowhere"]) }
        #expect(throws: LivePreviewError.noNotebooks(folder.lessons + "/data")) {
            try NotebookDiscovery.notebooks(in: [folder.lessons + "/data"])
        }
    }

    /// The whole loop with the real watcher, the real server and a real client:
    /// edit the prose, the page changes and the open page hears `reload`.
    @Test func aProseEditIsServedAndReloadsTheOpenPage() throws {
        let folder = LessonFolder()
        let preview = try folder.preview()
        let url = try preview.start()
        defer { preview.stop() }
        let client = LoopbackClient(port: try #require(preview.boundPort))
        #expect(url == "http://127.0.0.1:\(client.port)/tiny.html")
        let first = try #require(client.get("/tiny.html"))
        #expect(first.status == 200)
        #expect(first.text.contains("The first version of the prose."))
        #expect(first.text.contains(ReloadScript.element))

        let stream = try #require(client.connect())
        defer { close(stream) }
        client.send("GET \(ReloadScript.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", on: stream)
        _ = client.read(stream) { $0.contains("retry: 500\n\n") }

        write(LessonFolder.notebookText(prose: "The second version of the prose."), to: folder.notebook)
        let event = client.read(stream) { $0.contains("event: reload\n") }
        #expect(event == "event: reload\ndata: 1\n\n")
        let second = try #require(client.get("/tiny.html"))
        #expect(second.text.contains("The second version of the prose."))
        #expect(!second.text.contains("The first version"))
        // The written page has the new prose and no script.
        let written = try String(contentsOfFile: folder.output + "/tiny.html", encoding: .utf8)
        #expect(written.contains("The second version of the prose."))
        #expect(!written.contains("<script"))
    }

    @Test func aChangedDataFileReRendersTheNotebookThatNamesIt() throws {
        let folder = LessonFolder()
        let preview = try folder.preview()
        _ = try preview.start()
        defer { preview.stop() }
        let client = LoopbackClient(port: try #require(preview.boundPort))
        #expect(client.get("/tiny.html")?.text.contains("0.75") == true)
        // A file no notebook names re-renders nothing; the data file re-renders the lesson.
        #expect(preview.affectedNotebooks(by: [folder.lessons + "/notes.txt"]) == [])
        #expect(preview.affectedNotebooks(by: [folder.lessons + "/data/points.csv"]) == [folder.notebook])
        #expect(preview.affectedNotebooks(by: [folder.output + "/tiny.html", folder.lessons + "/.tiny.md.swp"]) == [])

        write("x,y,label\n0.25,0.5,0\n0.625,1.5,1\n", to: folder.lessons + "/data/points.csv")
        #expect(eventually { client.get("/tiny.html")?.text.contains("0.625") == true })
        // The lesson's own assets are served too (the second root).
        #expect(client.get("/data/points.csv")?.text == "x,y,label\n0.25,0.5,0\n0.625,1.5,1\n")
        #expect(client.get("/../lessons/tiny.md")?.status == 403)
    }

    /// A mistake shows as a page with the located message and its caret, printed
    /// as the terminal shows it; saving the fix brings the lesson back.
    @Test func anErrorIsAPageWithItsCaretUntilFixed() throws {
        let folder = LessonFolder()
        let logged = LogLines()
        let preview = try LivePreview(
            inputs: [folder.notebook], configuration: RunConfiguration(notebooks: [], outputDirectory: folder.output, quiet: true),
            log: { logged.append($0) })
        _ = try preview.start()
        defer { preview.stop() }
        let client = LoopbackClient(port: try #require(preview.boundPort))

        let broken = LessonFolder.notebookText(prose: "Broken.", dataPath: "data/missing.csv")
        write(broken, to: folder.notebook)
        preview.filesChanged([folder.notebook])
        let diagnostics = try #require(preview.currentFailures[folder.notebook])
        // The dataset's `path:` value is on line 10 of the notebook, column 7.
        #expect(diagnostics.hasPrefix("\(folder.notebook):10:7: error: "))
        #expect(diagnostics.contains("\npath: data/missing.csv\n      ^"))
        #expect(logged.text.contains(diagnostics))
        let page = try #require(client.get("/tiny.html"))
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>nbrun could not render \(folder.notebook)</h1>"))
        #expect(page.text.contains("<pre class=\"nb-diagnostics\">\(folder.notebook):10:7: error: "))
        #expect(page.text.contains("\npath: data/missing.csv\n      ^"))
        // The last good page stays on disk; the error exists only on the wire.
        #expect(try String(contentsOfFile: folder.output + "/tiny.html", encoding: .utf8).contains("The first version"))

        write(LessonFolder.notebookText(prose: "Fixed."), to: folder.notebook)
        preview.filesChanged([folder.notebook])
        #expect(preview.currentFailures.isEmpty)
        let fixed = try #require(client.get("/tiny.html"))
        #expect(fixed.text.contains("Fixed."))
        #expect(!fixed.text.contains("could not render"))
    }

    /// An error message that contains markup is escaped on the error page.
    @Test func theErrorPageEscapesWhatItShows() {
        let page = ErrorPage.html(notebook: "a<b>.md", diagnostics: "x.md:1:1: error: <script>alert(1)</script> & co\n")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("<h1>nbrun could not render a&lt;b&gt;.md</h1>"))
    }

    /// No file nbrun writes carries the reload script or any other script: neither
    /// what a preview wrote, nor the committed reports (which CommittedReportsTests
    /// proves equal to what nbrun writes for the bundled lessons).
    @Test func writtenFilesStayScriptFree() throws {
        let folder = LessonFolder()
        write(LessonFolder.notebookText(prose: "Another lesson."), to: folder.lessons + "/second.md")
        let preview = try folder.preview()
        _ = try preview.start()
        let client = LoopbackClient(port: try #require(preview.boundPort))
        #expect(client.get("/index.html")?.text.contains(ReloadScript.element) == true)
        #expect(client.get("/second.html")?.text.contains(ReloadScript.element) == true)
        preview.filesChanged([folder.notebook])
        preview.stop()
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.output)) ?? []
        #expect(Set(written).isSuperset(of: ["index.html", "tiny.html", "second.html"]))
        #expect(files(under: folder.output, containing: "<script") == [])
        #expect(files(under: folder.output, containing: "EventSource") == [])
        #expect(files(under: folder.output, containing: ReloadScript.eventsPath) == [])
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        #expect(files(under: repository + "/output", containing: "<script") == [])
    }

    /// `nbrun preview` (and `nbrun lesson.md --watch`) as a user runs it: it prints the
    /// address, serves, and Ctrl-C (SIGINT) or SIGTERM stops it with status 0.
    @Test(arguments: [(false, SIGINT), (true, SIGTERM)])
    func theCommandServesAndStopsOnControlC(watchFlag: Bool, stopSignal: Int32) throws {
        let folder = LessonFolder()
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("nbrun").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds nbrun beside the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = watchFlag
            ? [folder.notebook, "--watch", "-o", folder.output, "--quiet"]
            : ["preview", folder.lessons, "-o", folder.output, "--quiet"]
        let standardOutput = Pipe()
        process.standardOutput = standardOutput
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let firstLine = standardOutput.fileHandleForReading.readLine(timeout: 30)
        let match = try #require(firstLine?.firstMatch(of: /^Previewing 1 notebook at http:\/\/127\.0\.0\.1:(\d+)\/tiny\.html$/))
        let port = try #require(UInt16(match.1))
        #expect(LoopbackClient(port: port).get("/tiny.html")?.text.contains("The first version of the prose.") == true)
        kill(process.processIdentifier, stopSignal)
        try #require(eventually(within: 10) { !process.isRunning })
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(LoopbackClient(port: port).connect() == nil)
    }
}

final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    var text: String { lock.withLock { buffer } }
    func append(_ text: String) { lock.withLock { buffer += text } }
}

extension FileHandle {
    /// One line (without its newline), waiting at most `timeout` seconds for it.
    func readLine(timeout seconds: Int) -> String? {
        var bytes: [UInt8] = []
        var pollDescriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        let deadline = Date().addingTimeInterval(Double(seconds))
        while Date() < deadline {
            guard poll(&pollDescriptor, 1, 100) >= 0 else { return nil }
            guard pollDescriptor.revents != 0 else { continue }
            var byte: UInt8 = 0
            guard Glibc.read(fileDescriptor, &byte, 1) == 1 else { return nil }
            if byte == 10 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }
}
