/// Turns cmark's HTML (with placeholder tokens in it) into prose pieces.
///
/// - A math token in content becomes a ``ProsePiece/math(_:)`` piece.
/// - A math token inside a tag (a link title, an image's `alt`, a URL) is replaced by
///   the formula's source text, escaped by cmark as it escapes that attribute.
/// - A heading marker right after `<hN>` becomes ` id="anchor"` in the tag
///   (or disappears when anchors are off).
struct ProseAssembler {
    let formulas: [ProtectedMarkdown.Formula]
    let tokens: PlaceholderToken
    let path: String
    /// The anchor of heading `i`, or nil to write no `id`.
    let anchorOfHeading: (Int) -> String?

    /// Splits `html` into pieces, appending to `pieces` (merging neighbouring HTML).
    func append(_ html: String, to pieces: inout [ProsePiece]) {
        let bytes = Array(html.utf8)
        var pending: [UInt8] = []
        var offset = 0
        var tag = TagScan()
        for occurrence in tokens.occurrences(in: bytes) {
            tag.advance(to: occurrence.range.lowerBound, in: bytes)
            pending.append(contentsOf: bytes[offset..<occurrence.range.lowerBound])
            offset = occurrence.range.upperBound
            switch occurrence.kind {
            case .heading:
                // cmark wrote `<hN>` immediately before the marker: reopen the tag.
                if pending.last == ASCII.greaterThan, let anchor = anchorOfHeading(occurrence.index) {
                    pending.removeLast()
                    pending.append(contentsOf: " id=\"\(anchor)\">".utf8)
                }
            case .math:
                guard occurrence.index < formulas.count else {
                    pending.append(contentsOf: bytes[occurrence.range])
                    continue
                }
                let formula = formulas[occurrence.index]
                if let attribute = tag.attributeName(in: bytes) {
                    let escaped = CMarkDocument.escapedForAttributes(formula.source)
                    let isURL = attribute == "href" || attribute == "src"
                    pending.append(contentsOf: (isURL ? escaped.url : escaped.title).utf8)
                } else {
                    flush(&pending, into: &pieces)
                    pieces.append(.math(MathSpan(
                        tex: formula.tex, display: formula.display,
                        location: SourceLocation(path: path, line: formula.line, column: formula.column))))
                }
            }
        }
        pending.append(contentsOf: bytes[offset...])
        flush(&pending, into: &pieces)
    }

    private func flush(_ pending: inout [UInt8], into pieces: inout [ProsePiece]) {
        guard !pending.isEmpty else { return }
        let html = String(decoding: pending, as: UTF8.self)
        if case .html(let previous)? = pieces.last {
            pieces[pieces.count - 1] = .html(previous + html)
        } else {
            pieces.append(.html(html))
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Where a left-to-right scan stands with respect to tags: the last `<` or `>` and
    /// the last `="` seen, so finding the attribute around each token costs only the
    /// bytes since the previous token (scanning back from every token was quadratic
    /// with 10⁵ formulas in one paragraph).
    struct TagScan {
        private var scanned = 0
        private var lastAngle = -1
        private var lastValueStart = -1
        private var cached: (quote: Int, name: String?) = (-1, nil)

        mutating func advance(to offset: Int, in bytes: [UInt8]) {
            while scanned < offset {
                let byte = bytes[scanned]
                if byte == ASCII.lessThan || byte == ASCII.greaterThan { lastAngle = scanned }
                if byte == ASCII.quote, scanned > 0, bytes[scanned - 1] == ASCII.equals { lastValueStart = scanned }
                scanned += 1
            }
        }

        /// ``ProseAssembler/attributeName(around:in:)`` at the scanned offset.
        mutating func attributeName(in bytes: [UInt8]) -> String? {
            guard lastAngle >= 0, bytes[lastAngle] == ASCII.lessThan else { return nil }
            let quote = max(lastValueStart, lastAngle)
            if cached.quote != quote {
                // As in attributeName(around:in:): the name runs back from before `="`.
                var nameStart = quote - 1
                while nameStart > lastAngle,
                      ASCII.isAlphanumeric(bytes[nameStart - 1]) || bytes[nameStart - 1] == UInt8(ascii: "-") {
                    nameStart -= 1
                }
                let range = max(nameStart, lastAngle + 1)..<max(quote - 1, lastAngle + 1)
                cached = (quote, String(decoding: bytes[range], as: UTF8.self))
            }
            return cached.name
        }
    }

    /// When `offset` lies inside a tag (the nearest `<` or `>` before it is `<`; cmark
    /// escapes both in text), the name of the attribute whose value holds it.
    static func attributeName(around offset: Int, in bytes: [UInt8]) -> String? {
        var index = offset - 1
        while index >= 0, bytes[index] != ASCII.lessThan, bytes[index] != ASCII.greaterThan { index -= 1 }
        guard index >= 0, bytes[index] == ASCII.lessThan else { return nil }
        // The last `="` between the tag's start and the token names the attribute.
        var quote = offset - 1
        while quote > index, !(bytes[quote] == ASCII.quote && bytes[quote - 1] == ASCII.equals) { quote -= 1 }
        var nameStart = quote - 1
        while nameStart > index, ASCII.isAlphanumeric(bytes[nameStart - 1]) || bytes[nameStart - 1] == UInt8(ascii: "-") {
            nameStart -= 1
        }
        return String(decoding: bytes[max(nameStart, index + 1)..<max(quote - 1, index + 1)], as: UTF8.self)
    }
}
