/// Turns cmark's HTML (with placeholder tokens in it) into prose pieces.
///
/// Each token found is handed to a resolver, which says what takes its place:
/// - a math token in content becomes a ``ProsePiece/math(_:)`` piece; inside a tag (a
///   link title, an image's `alt`, a URL) the formula's source text, escaped by cmark as
///   it escapes that attribute;
/// - a heading marker right after `<hN>` becomes ` id="anchor"` in the tag (or disappears);
/// - a footnote reference becomes its superscript link; a block token met inside other
///   Markdown becomes the block's pieces.
struct ProseAssembler {
    enum Replacement {
        /// Pieces written where the token was.
        case pieces([ProsePiece])
        /// Text written into the tag the token sits in.
        case attributeText(String)
        /// The heading's anchor (nil: none) written into the `<hN>` just before the token.
        case headingAnchor(String?)
    }

    let tokens: PlaceholderToken

    /// Splits `html` into pieces, appending to `pieces` (merging neighbouring HTML).
    /// `resolve` gets each token and, when the token sits inside a tag, the attribute's name.
    func append(
        _ html: String, to pieces: inout [ProsePiece],
        resolve: (PlaceholderToken.Occurrence, _ attribute: String?) throws(Diagnostic) -> Replacement
    ) throws(Diagnostic) {
        let bytes = Array(html.utf8)
        var pending: [UInt8] = []
        var offset = 0
        var tag = TagScan()
        for occurrence in tokens.occurrences(in: bytes) {
            tag.advance(to: occurrence.range.lowerBound, in: bytes)
            pending.append(contentsOf: bytes[offset..<occurrence.range.lowerBound])
            offset = occurrence.range.upperBound
            let attribute = tag.attributeName(in: bytes)
            switch try resolve(occurrence, attribute) {
            case .headingAnchor(let anchor):
                // cmark wrote `<hN>` immediately before the marker: reopen the tag.
                if pending.last == ASCII.greaterThan, let anchor {
                    pending.removeLast()
                    pending.append(contentsOf: " id=\"\(anchor)\">".utf8)
                }
            case .attributeText(let text):
                pending.append(contentsOf: text.utf8)
            case .pieces(let replacement):
                Self.flush(&pending, into: &pieces)
                Self.append(replacement, to: &pieces)
            }
        }
        pending.append(contentsOf: bytes[offset...])
        Self.flush(&pending, into: &pieces)
    }

    /// Appends `more`, merging HTML that meets HTML.
    static func append(_ more: [ProsePiece], to pieces: inout [ProsePiece]) {
        for piece in more {
            if case .html(let html) = piece, case .html(let previous)? = pieces.last {
                pieces[pieces.count - 1] = .html(previous + html)
            } else if case .html(let html) = piece, html.isEmpty {
                continue
            } else {
                pieces.append(piece)
            }
        }
    }

    private static func flush(_ pending: inout [UInt8], into pieces: inout [ProsePiece]) {
        guard !pending.isEmpty else { return }
        append([.html(String(decoding: pending, as: UTF8.self))], to: &pieces)
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

    /// The replacement for a formula: its source in an attribute, a math piece elsewhere.
    static func formula(
        _ formula: ProtectedMarkdown.Formula, attribute: String?, location: SourceLocation
    ) -> Replacement {
        if let attribute {
            let escaped = CMarkDocument.escapedForAttributes(formula.source)
            return .attributeText(attribute == "href" || attribute == "src" ? escaped.url : escaped.title)
        }
        return .pieces([.math(MathSpan(tex: formula.tex, display: formula.display, location: location))])
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
