import Foundation
import Testing
@testable import PreviewServer

/// A served folder: `site/` (the output) holds a page, a figure and a subfolder;
/// `secret.txt` sits beside it, outside; `site/escape` is a symbolic link to it.
struct ServedSite {
    let base = temporaryDirectory()
    var site: String { base + "/site" }

    init() {
        write("<!DOCTYPE html><html><body><p>first</p></body></html>\n", to: site + "/xor.html")
        write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", to: site + "/xor/figure-1-loss.svg")
        write("<html><body>index</body></html>\n", to: site + "/index.html")
        write("a,b\n1,2\n", to: site + "/data/points.csv")
        write("top secret\n", to: base + "/secret.txt")
        try? FileManager.default.createSymbolicLink(atPath: site + "/escape", withDestinationPath: base + "/secret.txt")
        try? FileManager.default.createSymbolicLink(atPath: site + "/escape-dir", withDestinationPath: base)
        try? FileManager.default.createSymbolicLink(atPath: site + "/inside", withDestinationPath: site + "/xor.html")
    }
}

@Suite(.timeLimit(.minutes(1)))
struct PreviewServerTests {
    @Test func servesAPageWithTheReloadScriptAndAFigureWithoutIt() throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        defer { server.stop() }
        let client = LoopbackClient(port: server.port)

        let page = try #require(client.get("/xor.html"))
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text == "<!DOCTYPE html><html><body><p>first</p>" + ReloadScript.element + "</body></html>\n")
        #expect(page.headers["content-length"] == String(page.body.count))
        #expect(page.headers["cache-control"] == "no-store")

        let figure = try #require(client.get("/xor/figure-1-loss.svg"))
        #expect(figure.status == 200)
        #expect(figure.headers["content-type"] == "image/svg+xml")
        #expect(figure.text == "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")

        let csv = try #require(client.get("/data/points.csv?v=2"))
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(csv.text == "a,b\n1,2\n")

        // The folder stands for its index page.
        let index = try #require(client.get("/"))
        #expect(index.text.hasPrefix("<html><body>index<script>"))
        // A symbolic link that stays inside the root is followed.
        #expect(client.get("/inside")?.status == 200)
        // The file on disk is untouched: the script exists only on the wire.
        #expect(try String(contentsOfFile: site.site + "/xor.html", encoding: .utf8)
                == "<!DOCTYPE html><html><body><p>first</p></body></html>\n")
    }

    @Test func headSendsTheHeadersOfGetWithoutABody() throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        defer { server.stop() }
        let client = LoopbackClient(port: server.port)
        let get = try #require(client.get("/xor/figure-1-loss.svg"))
        let head = try #require(client.get("/xor/figure-1-loss.svg", method: "HEAD"))
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.count))
    }

    @Test func otherMethodsAndMalformedRequestsAreRefused() throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        defer { server.stop() }
        let client = LoopbackClient(port: server.port)
        let post = try #require(client.exchange("POST /xor.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"))
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
        #expect(client.exchange("GET /xor.html\r\n\r\n")?.status == 400)
        #expect(client.exchange("GET http://example.com/xor.html HTTP/1.1\r\n\r\n")?.status == 400)
        #expect(client.exchange("GET /xor.html HTTP/2.0\r\n\r\n")?.status == 400)
        #expect(client.get("/missing.html")?.status == 404)
        let huge = "GET /xor.html HTTP/1.1\r\nX-Padding: " + String(repeating: "a", count: 20_000) + "\r\n\r\n"
        #expect(client.exchange(huge)?.status == 431)
    }

    /// Every way of naming a file outside the root that we know of; none may reach
    /// `secret.txt` (the body would then say "top secret").
    static let traversals = [
        "/../secret.txt", "/xor/../../secret.txt", "/..", "/../", "/./xor.html",
        "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/xor%2f..%2f..%2fsecret.txt",
        "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..%252fsecret.txt",
        "/..\\secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt",
        "/xor.html%00.svg", "/%00", "/xor%c0%ae%c0%ae/secret.txt", "/%c0%ae%c0%ae/secret.txt",
        "/%", "/%2", "/%zz", "//secret.txt", "//etc/passwd", "/xor//../../secret.txt",
        "/escape", "/escape-dir/secret.txt", "/escape-dir/", "/.hidden", "/xor/.figure.svg",
        "secret.txt", "../secret.txt", "*", "http://127.0.0.1/../secret.txt",
    ]

    @Test(arguments: traversals)
    func pathOutsideTheRootIsRefused(_ target: String) throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        defer { server.stop() }
        let response = try #require(LoopbackClient(port: server.port).exchange("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
        #expect([400, 403, 404].contains(response.status), "status \(response.status) for \(target)")
        #expect(!response.text.contains("top secret"))
        #expect(!response.text.contains("answers only to"), "refused for its path, not its Host")
    }

    @Test func requestPathRulesNameTheirReason() {
        #expect(RequestPath(target: "/xor/figure-1-loss.svg?x#y") == .file(["xor", "figure-1-loss.svg"]))
        #expect(RequestPath(target: "/a%20b.svg") == .file(["a b.svg"]))
        #expect(RequestPath(target: "/") == .file([]))
        #expect(RequestPath(target: "/xor/") == .file(["xor"]))
        #expect(RequestPath(target: "/%2e%2e/x") == .refused("dot segment or hidden file"))
        #expect(RequestPath(target: "/%252e%252e/x") == .refused("percent sign after decoding (double encoding)"))
        #expect(RequestPath(target: "/a%00b") == .refused("control character in the path"))
        #expect(RequestPath(target: "/%c0%ae") == .refused("the path is not UTF-8"))
        #expect(RequestPath(target: "/%2") == .refused("bad percent-encoding"))
        #expect(RequestPath(target: "/a//b") == .refused("empty path segment"))
        #expect(RequestPath(target: "x") == .refused("the request target is not a path"))
    }

    @Test func aChangedFileIsServedNewAndTheOpenPageIsToldToReload() throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        defer { server.stop() }
        let client = LoopbackClient(port: server.port)
        #expect(client.get("/xor.html")?.text.contains("<p>first</p>") == true)

        // The page's EventSource, as a browser opens it.
        let stream = try #require(client.connect())
        defer { close(stream) }
        client.send("GET \(ReloadScript.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n", on: stream)
        let opened = client.read(stream) { $0.contains("retry: 500\n\n") }
        #expect(opened.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"))
        #expect(eventually { server.reloadListenerCount == 1 })

        write("<!DOCTYPE html><html><body><p>second</p></body></html>\n", to: site.site + "/xor.html")
        server.reload()
        let event = client.read(stream) { $0.contains("\n\n") }
        #expect(event == "event: reload\ndata: 1\n\n")
        #expect(client.get("/xor.html")?.text.contains("<p>second</p>") == true)
    }

    @Test func aPageOverrideIsServedInsteadOfTheFile() throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site]) { segments in
            segments == ["xor.html"] ? Array("<html><body>error page</body></html>".utf8) : nil
        }
        defer { server.stop() }
        let page = try #require(LoopbackClient(port: server.port).get("/xor.html"))
        #expect(page.text == "<html><body>error page" + ReloadScript.element + "</body></html>")
        #expect(LoopbackClient(port: server.port).get("/index.html")?.text.contains("index") == true)
    }

    @Test func stopClosesThePortAndEndsOpenStreams() throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        let client = LoopbackClient(port: server.port)
        let stream = try #require(client.connect())
        defer { close(stream) }
        client.send("GET \(ReloadScript.eventsPath) HTTP/1.1\r\n\r\n", on: stream)
        _ = client.read(stream) { $0.contains("retry") }
        #expect(eventually { server.reloadListenerCount == 1 })
        server.stop()
        server.stop()  // twice is harmless
        #expect(client.connect() == nil)
        // The stream ends (the read returns at end of stream, well before its 5 s timeout).
        let start = Date()
        _ = client.readAll(stream)
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func listensOnLoopbackOnlyAndReportsABusyPort() throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        defer { server.stop() }
        #expect(server.url == "http://127.0.0.1:\(server.port)/")
        #expect(server.port != 0)
        #expect(throws: PreviewServerError.portInUse(server.port)) {
            try PreviewServer(roots: [site.site], port: server.port)
        }
        #expect(throws: PreviewServerError.missingRoot(site.base + "/nothing")) {
            try PreviewServer(roots: [site.base + "/nothing"])
        }
    }

    /// A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding)
    /// sends its name as Host: refused. Names of this machine pass.
    @Test(arguments: [("evil.example", 403), ("evil.example:8000", 403), ("127.0.0.1.evil.example", 403),
                      ("localhost.evil.example:1", 403), ("127.0.0.1:1234", 200), ("localhost:1234", 200),
                      ("LOCALHOST", 200), ("[::1]:1234", 200), ("[::1]", 200)])
    func onlyLoopbackHostNamesAreAnswered(host: String, status: Int) throws {
        let site = ServedSite()
        let server = try PreviewServer(roots: [site.site])
        defer { server.stop() }
        let response = try #require(LoopbackClient(port: server.port).exchange("GET /xor.html HTTP/1.1\r\nHost: \(host)\r\n\r\n"))
        #expect(response.status == status)
        #expect(response.text.contains("first") == (status == 200))
    }

    @Test func mediaTypes() {
        #expect(ContentType.forPath("a/b.HTML") == "text/html; charset=utf-8")
        #expect(ContentType.forPath("font.woff2") == "font/woff2")
        #expect(ContentType.forPath("w.json") == "application/json")
        #expect(ContentType.forPath("README") == "application/octet-stream")
    }
}

@Suite(.timeLimit(.minutes(1)))
struct FileWatcherTests {
    final class Changes: @unchecked Sendable {
        let lock = NSLock()
        var bursts: [[String]] = []
        func add(_ paths: [String]) { lock.withLock { bursts.append(paths) } }
        var all: [[String]] { lock.withLock { bursts } }
    }

    @Test func reportsAWriteAndAnEditorsRenameAsOneBurstEach() throws {
        let folder = temporaryDirectory()
        write("one", to: folder + "/lesson.md")
        let changes = Changes()
        let watcher = try FileWatcher(folders: [folder]) { changes.add($0) }
        defer { watcher.stop() }
        write("two", to: folder + "/lesson.md")
        #expect(eventually { changes.all == [[folder + "/lesson.md"]] })
        // An editor's save: write a temporary file, rename it over the lesson.
        write("three", to: folder + "/.lesson.md.swp")
        rename(folder + "/.lesson.md.swp", folder + "/lesson.md")
        #expect(eventually { changes.all.count == 2 })
        #expect(changes.all.last == [folder + "/.lesson.md.swp", folder + "/lesson.md"])
    }

    @Test func stopEndsTheThreadAndReportsNothingMore() throws {
        let folder = temporaryDirectory()
        let changes = Changes()
        let watcher = try FileWatcher(folders: [folder]) { changes.add($0) }
        watcher.stop()
        watcher.stop()
        write("x", to: folder + "/late.md")
        usleep(150_000)
        #expect(changes.all.isEmpty)
    }
}
