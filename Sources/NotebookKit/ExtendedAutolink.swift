/// GFM's extended autolinks (spec, "Autolinks (extension)"), found in plain text:
///
/// - `www.` + a valid domain, after the start, a blank, `*`, `_`, `~` or `(`; linked to `http://…`;
/// - `http://`, `https://`, `ftp://` + a valid domain (no letter right before the scheme);
/// - an email address `local@domain.tld` (local: letters, digits, `.+-_`); linked to `mailto:…`.
///
/// A valid domain is runs of letters, digits, `-` and `_` separated by periods, with no `_`
/// in its last two runs (`www.` links need a period after `www`). The link runs to the next
/// blank or `<`, then loses trailing `?!.,:*_~'"`, an entity-like `&name;`, and each `)`
/// that has no `(` to match within the link.
enum ExtendedAutolink {
    struct Match: Equatable {
        var range: Range<Int>
        var href: String
    }

    static func matches(in bytes: [UInt8]) -> [Match] {
        var found: [Match] = []
        var index = 0
        var floor = 0  // nothing before this belongs to a new link
        while index < bytes.count {
            let byte = bytes[index]
            var match: Match?
            if byte == UInt8(ascii: "w") {
                match = www(bytes, at: index)
            } else if byte == ASCII.colon {
                match = url(bytes, colon: index, floor: floor)
            } else if byte == UInt8(ascii: "@") {
                match = email(bytes, at: index, floor: floor)
            }
            if let match {
                found.append(match)
                index = match.range.upperBound
                floor = index
            } else {
                index += 1
            }
        }
        return found
    }

    private static func www(_ bytes: [UInt8], at start: Int) -> Match? {
        guard InlineSyntax.hasPrefix(bytes, "www.", at: start) else { return nil }
        if start > 0 {
            let previous = bytes[start - 1]
            guard ASCII.isWhitespace(previous) || "*_~(".utf8.contains(previous) else { return nil }
        }
        guard let domainEnd = domain(bytes, from: start, allowShort: false) else { return nil }
        let end = trimmed(bytes, start: start, end: extent(bytes, from: domainEnd))
        guard end > start else { return nil }
        return Match(range: start..<end, href: "http://" + String(decoding: bytes[start..<end], as: UTF8.self))
    }

    private static func url(_ bytes: [UInt8], colon: Int, floor: Int) -> Match? {
        guard InlineSyntax.hasPrefix(bytes, "://", at: colon) else { return nil }
        var start = colon
        while start > floor, ASCII.isLetter(bytes[start - 1]) { start -= 1 }
        let scheme = String(decoding: bytes[start..<colon], as: UTF8.self).lowercased()
        guard ["http", "https", "ftp"].contains(scheme),
              let domainEnd = domain(bytes, from: colon + 3, allowShort: true) else { return nil }
        let end = trimmed(bytes, start: start, end: extent(bytes, from: domainEnd))
        guard end > colon + 3 else { return nil }
        return Match(range: start..<end, href: String(decoding: bytes[start..<end], as: UTF8.self))
    }

    private static func email(_ bytes: [UInt8], at sign: Int, floor: Int) -> Match? {
        var start = sign
        while start > floor, ASCII.isAlphanumeric(bytes[start - 1]) || ".+-_".utf8.contains(bytes[start - 1]) { start -= 1 }
        guard start < sign else { return nil }
        var end = sign + 1
        var periods = 0
        while end < bytes.count {
            let byte = bytes[end]
            if ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                end += 1
            } else if byte == UInt8(ascii: "."), end + 1 < bytes.count, ASCII.isAlphanumeric(bytes[end + 1]) {
                periods += 1
                end += 1
            } else {
                break
            }
        }
        guard end - sign >= 2, periods > 0, ASCII.isLetter(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".") else { return nil }
        return Match(range: start..<end, href: "mailto:" + String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// The end of a valid domain starting at `start`.
    private static func domain(_ bytes: [UInt8], from start: Int, allowShort: Bool) -> Int? {
        var index = start
        var periods = 0
        var underscoresLast = 0
        var underscoresBeforeLast = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") {
                underscoresLast += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBeforeLast = underscoresLast
                underscoresLast = 0
                periods += 1
            } else if !(ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte >= 0x80) {
                break
            }
            index += 1
        }
        guard index > start, underscoresLast == 0, underscoresBeforeLast == 0, allowShort || periods > 0 else { return nil }
        return index
    }

    /// From `start`, up to the next whitespace or `<`.
    private static func extent(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, !ASCII.isWhitespace(bytes[index]), bytes[index] != ASCII.lessThan { index += 1 }
        return index
    }

    /// `end` moved left past trailing punctuation, entity-like references and unmatched `)`.
    private static func trimmed(_ bytes: [UInt8], start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = bytes[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var probe = end - 2
                while probe > start, ASCII.isAlphanumeric(bytes[probe]) { probe -= 1 }
                end = probe < end - 2 && bytes[probe] == UInt8(ascii: "&") ? probe : end - 1
            } else if last == ASCII.closeParen {
                let opening = bytes[start..<end].filter { $0 == ASCII.openParen }.count
                let closing = bytes[start..<end].filter { $0 == ASCII.closeParen }.count
                guard closing > opening else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }
}
