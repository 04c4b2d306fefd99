import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server for previewing rendered lessons in a browser.
///
/// - listens on 127.0.0.1 only, on the given port or a free one (port 0);
/// - answers GET and HEAD for files under its roots (see ``RequestPath`` and
///   ``FileResolver`` for what is refused), with their media type;
/// - adds ``ReloadScript`` to every HTML page it sends, and keeps an event stream
///   at ``ReloadScript/eventsPath`` that ``reload()`` tells to reload;
/// - ``stop()`` closes the listening socket and every stream, and returns once the
///   port is free.
///
/// Each connection is served on its own thread; the accept loop waits in `poll`, so an
/// idle server uses no processor time.
public final class PreviewServer: @unchecked Sendable {
    /// A page to send instead of a file, e.g. the error page of a notebook that failed.
    /// Called with the request's path segments; nil means "serve the file".
    public typealias PageOverride = @Sendable (_ segments: [String]) -> [UInt8]?

    /// The port actually bound.
    public let port: UInt16
    public var url: String { "http://127.0.0.1:\(port)/" }

    private let listener: Socket
    private let resolver: FileResolver
    private let pageOverride: PageOverride?
    private let channel = ReloadChannel()
    private let wakePipe: (read: Int32, write: Int32)
    private let stopped = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var isStopping = false
    private var connections: [Int32: Socket] = [:]

    /// Binds the socket and starts serving at once.
    public init(roots: [String], port: UInt16 = 0, pageOverride: PageOverride? = nil) throws(PreviewServerError) {
        resolver = try FileResolver(roots: roots)
        listener = try Socket.listeningOnLoopback(port: port)
        self.port = listener.port
        self.pageOverride = pageOverride
        guard let pipe = wakeUpPipe() else {
            listener.close()
            throw .system("pipe", errno)
        }
        wakePipe = pipe
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Tells every open preview page to reload.
    public func reload() { channel.broadcast() }

    /// How many pages are listening for reloads (tests wait for their client to connect).
    public var reloadListenerCount: Int { channel.listenerCount }

    /// Stops serving; returns when the listening socket is closed. Safe to call twice.
    public func stop() {
        let first = lock.withLock { () -> Bool in
            defer { isStopping = true }
            return !isStopping
        }
        guard first else { return }
        var byte: UInt8 = 1
        _ = Glibc.write(wakePipe.write, &byte, 1)
        stopped.wait()
        channel.closeAll()
        lock.withLock {
            for socket in connections.values { socket.shutDown() }
        }
        Glibc.close(wakePipe.read)
        Glibc.close(wakePipe.write)
    }

    private func acceptLoop() {
        var fds = [pollfd(fd: listener.descriptor, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&fds, 2, -1)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 || fds[1].revents != 0 { break }
            guard fds[0].revents != 0 else { continue }
            guard let client = listener.accept() else {
                // Out of descriptors, or the client gave up: wait a little instead of spinning.
                usleep(10_000)
                continue
            }
            lock.withLock { connections[client.descriptor] = client }
            Thread.detachNewThread { [self] in serve(client) }
        }
        listener.close()
        stopped.signal()
    }

    private func serve(_ client: Socket) {
        client.setReceiveTimeout(seconds: 5)
        var keepOpen = false
        defer {
            lock.withLock { _ = connections.removeValue(forKey: client.descriptor) }
            if !keepOpen { client.close() }
        }
        var head: [UInt8] = []
        var end: Int?
        while end == nil {
            let chunk = client.receive(limit: 4096)
            if chunk.isEmpty { return }
            head += chunk
            end = HTTPRequest.endOfHead(in: head)
            if (end ?? head.count) > HTTPRequest.headLimit {
                client.send(HTTPResponse.text(431, "request head too large").serialized(includeBody: true))
                return
            }
        }
        guard let request = HTTPRequest.parse(head: Array(head[..<(end! - 4)])) else {
            client.send(HTTPResponse.text(400, "bad request").serialized(includeBody: true))
            return
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            client.send(HTTPResponse.text(405, "only GET and HEAD", extraHeaders: [("Allow", "GET, HEAD")])
                .serialized(includeBody: true))
            return
        }
        guard request.isAddressedToLoopback else {
            client.send(HTTPResponse.text(403, "refused: the preview answers only to 127.0.0.1 and localhost")
                .serialized(includeBody: true))
            return
        }
        let isHead = request.method == "HEAD"
        if request.target == ReloadScript.eventsPath, !isHead {
            keepOpen = true
            lock.withLock { _ = connections.removeValue(forKey: client.descriptor) }
            channel.add(client)
            return
        }
        client.send(response(to: request.target).serialized(includeBody: !isHead))
    }

    /// The response to a GET of `target` (HEAD sends the same without its body).
    func response(to target: String) -> HTTPResponse {
        switch RequestPath(target: target) {
        case .refused(let reason):
            return .text(reason.contains("not a path") ? 400 : 403, "refused: \(reason)")
        case .file(let segments):
            if let page = pageOverride?(segments) {
                return HTTPResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")],
                                    body: ReloadScript.injected(into: page))
            }
            switch resolver.resolve(segments) {
            case .notFound:
                return .text(404, "not found")
            case .outsideRoot:
                return .text(403, "refused: outside the served folders")
            case .file(let path):
                guard let data = FileManager.default.contents(atPath: path) else { return .text(404, "not found") }
                let type = ContentType.forPath(path)
                var body = [UInt8](data)
                if type.hasPrefix("text/html") { body = ReloadScript.injected(into: body) }
                return HTTPResponse(status: 200, headers: [("Content-Type", type)], body: body)
            }
        }
    }
}
