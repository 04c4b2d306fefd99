/// The head of an HTTP/1.1 request: `GET /xor.html HTTP/1.1` and its header lines.
/// The server answers GET and HEAD only and never reads a body.
struct HTTPRequest: Equatable, Sendable {
    var method: String
    /// The request target exactly as sent (`/xor/figure-1-loss.svg?x=1`).
    var target: String
    var version: String
    /// The `Host` header's value, if sent.
    var host: String? = nil

    /// Whether the request names this machine: no `Host` (HTTP/1.0), or `127.0.0.1`,
    /// `localhost` or `[::1]` with any port. Any other name is a page elsewhere that
    /// made the browser resolve its own domain to 127.0.0.1 (DNS rebinding) to read
    /// the lessons: it is refused.
    var isAddressedToLoopback: Bool {
        guard let host else { return true }
        var name = Substring(host.lowercased())
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            name = name[...end]
        } else if let colon = name.firstIndex(of: ":") {
            name = name[..<colon]
        }
        return name == "127.0.0.1" || name == "localhost" || name == "[::1]"
    }

    /// The bytes of a request head (up to and excluding the blank line), or why they are not one.
    static func parse(head: [UInt8]) -> HTTPRequest? {
        guard let text = String(validatingUTF8OrNil: head) else { return nil }
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard let firstLine = lines.first else { return nil }
        let parts = firstLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else { return nil }
        var request = HTTPRequest(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]))
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == "host" else { continue }
            let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            request.host = String(value.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        }
        return request
    }

    /// The largest request head accepted (a browser's is well under 2 KiB).
    static let headLimit = 16 * 1024

    /// The index just past the blank line that ends a request head, if `bytes` holds one.
    static func endOfHead(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index + 4
        }
        return nil
    }
}

extension String {
    /// The text of `bytes` if they are valid UTF-8, else nil (never repaired).
    init?(validatingUTF8OrNil bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}
