import Foundation

/// The open Server-Sent-Events streams (one per open preview page). ``broadcast()``
/// sends each an `event: reload`; a stream whose page has gone is dropped on the next send.
final class ReloadChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [Socket] = []
    private var generation = 0

    /// The head of an event stream, plus a first comment so clients see it is open.
    static let streamHead = Array((
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
        + "X-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\n: nbrun preview\nretry: 500\n\n").utf8)

    func add(_ socket: Socket) {
        guard socket.send(ReloadChannel.streamHead) else {
            socket.close()
            return
        }
        lock.withLock { listeners.append(socket) }
    }

    var listenerCount: Int { lock.withLock { listeners.count } }

    /// Tells every open page to reload.
    func broadcast() {
        lock.withLock {
            generation += 1
            let event = Array("event: reload\ndata: \(generation)\n\n".utf8)
            listeners = listeners.filter { socket in
                if socket.send(event) { return true }
                socket.close()
                return false
            }
        }
    }

    /// Closes every stream (the server is stopping).
    func closeAll() {
        lock.withLock {
            for socket in listeners {
                socket.shutDown()
                socket.close()
            }
            listeners.removeAll()
        }
    }
}
