/// Reads author-written HTML for what makes a page active or dependent on the network:
/// script elements, event-handler attributes, `javascript:` URLs and external resources.
/// A heuristic reader (tags and attributes, no full HTML parser), for warnings.
enum RawHTMLInspector {
    enum Finding: Equatable {
        case script
        case eventHandler(String)
        case javascriptURL
        case externalResource(String)

        var message: String {
            switch self {
            case .script: "raw HTML brings a <script> element; the page runs it"
            case .eventHandler(let name): "raw HTML has an event-handler attribute '\(name)'; the page runs it"
            case .javascriptURL: "raw HTML has a 'javascript:' URL; the page runs it"
            case .externalResource(let url): "raw HTML loads '\(url)' from the network"
            }
        }

        var isScript: Bool {
            if case .externalResource = self { return false }
            return true
        }
    }

    static func findings(in html: String) -> [Finding] {
        var findings: [Finding] = []
        let bytes = Array(html.utf8)
        let lower = bytes.map { ASCII.isLetter($0) ? $0 | 0x20 : $0 }
        var index = 0
        while let open = lower[index...].firstIndex(of: ASCII.lessThan) {
            var end = open + 1
            var quote: UInt8?
            while end < bytes.count {
                let byte = bytes[end]
                if let current = quote { if byte == current { quote = nil } }
                else if byte == ASCII.quote || byte == UInt8(ascii: "'") { quote = byte }
                else if byte == ASCII.greaterThan { break }
                end += 1
            }
            let tag = Array(lower[(open + 1)..<min(end, bytes.count)])
            let name = String(decoding: tag.prefix { ASCII.isAlphanumeric($0) }, as: UTF8.self)
            if name == "script" { findings.append(.script) }
            for attribute in attributes(Array(bytes[(open + 1)..<min(end, bytes.count)])) {
                let key = attribute.name.lowercased()
                let value = attribute.value.trimmingBlanks()
                let lowerValue = value.lowercased()
                if key.hasPrefix("on"), key.count > 2 { findings.append(.eventHandler(attribute.name)) }
                if lowerValue.hasPrefix("javascript:") { findings.append(.javascriptURL) }
                let isResource = ["src", "srcset", "poster", "data", "background"].contains(key)
                    || (key == "href" && name == "link")
                if isResource, isRemote(lowerValue) { findings.append(.externalResource(value)) }
                if key == "style", let url = remoteCSSURL(lowerValue, original: value) { findings.append(.externalResource(url)) }
            }
            index = min(end + 1, bytes.count)
            if index >= bytes.count { break }
        }
        if let url = remoteCSSURL(String(decoding: lower, as: UTF8.self), original: html), !findings.contains(.externalResource(url)) {
            findings.append(.externalResource(url))
        }
        return findings
    }

    static func isRemote(_ url: String) -> Bool {
        url.hasPrefix("http:") || url.hasPrefix("https:") || url.hasPrefix("//")
    }

    private static func remoteCSSURL(_ lower: String, original: String) -> String? {
        guard let range = lower.range(of: "url(") else { return nil }
        let rest = lower[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
        guard isRemote(String(rest)) else { return nil }
        return String(rest.prefix { $0 != ")" && $0 != "\"" && $0 != "'" && $0 != " " })
    }

    /// `name=value` pairs of a tag's inside (after `<`), values unquoted.
    private static func attributes(_ tag: [UInt8]) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        var index = 0
        while index < tag.count, !ASCII.isWhitespace(tag[index]) { index += 1 }  // the tag name
        while index < tag.count {
            while index < tag.count, ASCII.isWhitespace(tag[index]) || tag[index] == UInt8(ascii: "/") { index += 1 }
            let nameStart = index
            while index < tag.count, !ASCII.isWhitespace(tag[index]), tag[index] != ASCII.equals, tag[index] != UInt8(ascii: "/") {
                index += 1
            }
            guard index > nameStart else { break }
            let name = String(decoding: tag[nameStart..<index], as: UTF8.self)
            while index < tag.count, ASCII.isWhitespace(tag[index]) { index += 1 }
            var value = ""
            if index < tag.count, tag[index] == ASCII.equals {
                index += 1
                while index < tag.count, ASCII.isWhitespace(tag[index]) { index += 1 }
                if index < tag.count, tag[index] == ASCII.quote || tag[index] == UInt8(ascii: "'") {
                    let quote = tag[index]
                    let start = index + 1
                    index = start
                    while index < tag.count, tag[index] != quote { index += 1 }
                    value = String(decoding: tag[start..<min(index, tag.count)], as: UTF8.self)
                    index += 1
                } else {
                    let start = index
                    while index < tag.count, !ASCII.isWhitespace(tag[index]) { index += 1 }
                    value = String(decoding: tag[start..<index], as: UTF8.self)
                }
            }
            result.append((name, value))
        }
        return result
    }
}
