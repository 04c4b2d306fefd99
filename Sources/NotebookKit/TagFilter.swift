/// GFM's tag filter (spec, "Disallowed Raw HTML (extension)"): in raw HTML, the `<` of
/// `title`, `textarea`, `style`, `xmp`, `iframe`, `noembed`, `noframes`, `script` and
/// `plaintext` tags (opening or closing, any letter case) becomes `&lt;`, so these tags
/// show as text and cannot run or swallow the page.
enum TagFilter {
    static let disallowed = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    static func filter(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == ASCII.lessThan, isDisallowedTag(bytes, at: index) {
                output.append(contentsOf: "&lt;".utf8)
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func isDisallowedTag(_ bytes: [UInt8], at start: Int) -> Bool {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        for name in disallowed {
            let count = name.utf8.count
            guard index + count <= bytes.count,
                  zip(bytes[index..<(index + count)], name.utf8).allSatisfy({ $0 | 0x20 == $1 }) else { continue }
            let next = index + count
            if next == bytes.count || ASCII.isWhitespace(bytes[next]) || bytes[next] == ASCII.greaterThan
                || (bytes[next] == UInt8(ascii: "/") && next + 1 < bytes.count && bytes[next + 1] == ASCII.greaterThan) {
                return true
            }
        }
        return false
    }
}
