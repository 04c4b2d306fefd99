/// A request target reduced to the relative path of a file under a served root, or
/// refused. The rules are strict on purpose — a preview server needs no more:
///
/// - the target is origin-form (`/a/b.svg`); the query and fragment are ignored;
/// - percent-escapes are decoded exactly once; a `%` left after decoding (double
///   encoding such as `%252e`), a bad escape, NUL or another control character,
///   a backslash, or bytes that are not UTF-8 refuse the request;
/// - no segment may be `.` or `..` or start a hidden file (`.git`, editors' `.x.swp`),
///   so `/../`, `/%2e%2e/`, `/..%2f` and `/.%2e/` all fail; empty segments (`//`) fail.
///
/// The file system still has the last word: ``FileResolver`` refuses symbolic links
/// that lead out of the root.
enum RequestPath: Equatable, Sendable {
    /// Path segments under the root; empty for `/`.
    case file([String])
    case refused(String)

    init(target: String) {
        guard target.hasPrefix("/") else {
            self = .refused("the request target is not a path")
            return
        }
        var raw = Substring(target)
        if let end = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = raw[..<end] }
        guard let decoded = RequestPath.percentDecoded(Array(raw.utf8)) else {
            self = .refused("bad percent-encoding")
            return
        }
        guard let text = String(validatingUTF8OrNil: decoded) else {
            self = .refused("the path is not UTF-8")
            return
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            self = .refused("control character in the path")
            return
        }
        if text.contains("%") {
            self = .refused("percent sign after decoding (double encoding)")
            return
        }
        if text.contains("\\") {
            self = .refused("backslash in the path")
            return
        }
        var segments = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.last == "" { segments.removeLast() }  // `/lesson/` names the folder
        for segment in segments {
            if segment.isEmpty {
                self = .refused("empty path segment")
                return
            }
            if segment.hasPrefix(".") {
                self = .refused("dot segment or hidden file")
                return
            }
        }
        self = .file(segments)
    }

    /// Decodes `%XX` escapes once; nil for a malformed escape.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count,
                      let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else { return nil }
                result.append(high << 4 | low)
                index += 3
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
