/// Markdown with its formulas taken out, ready for cmark.
///
/// Each formula (delimiters included) is replaced by a ``PlaceholderToken``, so
/// cmark never sees TeX: `$a*b$ or $c*d$` cannot become emphasis and `\{` stays
/// `\{`. Where formulas are looked for is decided by a first cmark parse of the
/// original text: only paragraphs and headings, never code blocks or HTML blocks;
/// inside them ``MathScanner`` steps over code spans, raw HTML, autolinks and
/// link destinations. A formula spanning lines is replaced by one token, so the
/// protected text can have fewer lines: ``originalLine(_:)`` maps them back.
struct ProtectedMarkdown {
    /// A formula taken out of the text.
    struct Formula {
        var tex: String
        var display: Bool
        /// Line and byte column of the TeX's first byte in the original text.
        var line: Int
        var column: Int
        /// The formula as written, delimiters included (put back where a token lands in an attribute).
        var source: String
    }

    /// A footnote reference `[^name]` taken out of the text.
    struct FootnoteReference {
        var name: String
        var line: Int
        var column: Int
        var source: String
    }

    let text: String
    let formulas: [Formula]
    let footnoteReferences: [FootnoteReference]
    /// Cross-references taken out of the text, each with its line and column.
    let crossReferences: [(reference: MathScanner.Reference, line: Int, column: Int, source: String)]
    let tokens: PlaceholderToken
    /// `lineMap[k]` is the original line of protected line `k + 1`.
    private let lineMap: [Int]

    /// Protects `markdown`; `tokens` names the placeholders.
    /// - Parameter footnotes: also take out footnote references `[^name]`.
    init(_ markdown: String, tokens: PlaceholderToken, footnotes: Bool = false) {
        self.tokens = tokens
        let lines = TextLines(markdown)
        guard Self.mayContainMath(lines.bytes)
                || (footnotes && (lines.bytes.firstRange(of: Array("[^".utf8)) != nil || lines.bytes.contains(UInt8(ascii: "@"))
                    || lines.bytes.firstRange(of: Array("ref{".utf8)) != nil)) else {
            text = markdown
            formulas = []
            footnoteReferences = []
            crossReferences = []
            lineMap = Array(1...lines.lineCount)
            return
        }
        var found: [(formula: Formula, range: Range<Int>)] = []
        var references: [(reference: FootnoteReference, range: Range<Int>)] = []
        var crossFound: [(item: (reference: MathScanner.Reference, line: Int, column: Int, source: String), range: Range<Int>)] = []
        for block in CMarkDocument.inlineBlocks(of: markdown) {
            let content = InlineContent(block, in: lines)
            let scanned = MathScanner.scan(content.bytes, footnotes: footnotes)
            for reference in scanned.footnotes {
                let start = content.origin[reference.range.lowerBound]
                let position = lines.position(of: start)
                let range = start..<(content.origin[reference.range.upperBound - 1] + 1)
                references.append((
                    FootnoteReference(
                        name: reference.name, line: position.line, column: position.column,
                        source: String(decoding: lines.bytes[range], as: UTF8.self)),
                    range))
            }
            for reference in scanned.references {
                let start = content.origin[reference.range.lowerBound]
                let position = lines.position(of: start)
                let range = start..<(content.origin[reference.range.upperBound - 1] + 1)
                crossFound.append(((reference, position.line, position.column, String(decoding: lines.bytes[range], as: UTF8.self)), range))
            }
            for formula in scanned.formulas {
                let texStart = content.origin[formula.tex.isEmpty ? formula.open : formula.tex.lowerBound]
                let position = lines.position(of: texStart)
                let range = content.origin[formula.open]..<(content.origin[formula.end - 1] + 1)
                found.append((
                    Formula(
                        tex: String(decoding: content.bytes[formula.tex], as: UTF8.self),
                        display: formula.display, line: position.line, column: position.column,
                        source: String(decoding: lines.bytes[range], as: UTF8.self)),
                    range))
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        references.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Both kinds in text order: (range, token).
        var replacements = found.enumerated().map { ($0.element.range, tokens.token(.math, $0.offset)) }
        replacements += references.enumerated().map { ($0.element.range, tokens.token(.footnote, $0.offset)) }
        crossFound.sort { $0.range.lowerBound < $1.range.lowerBound }
        replacements += crossFound.enumerated().map { ($0.element.range, tokens.token(.reference, $0.offset)) }
        replacements.sort { $0.0.lowerBound < $1.0.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(lines.bytes.count)
        var map = [1]
        var offset = 0
        func copy(upTo end: Int) {
            while offset < end {
                let byte = lines.bytes[offset]
                output.append(byte)
                if byte == ASCII.newline { map.append(lines.position(of: offset).line + 1) }
                offset += 1
            }
        }
        for (range, token) in replacements {
            copy(upTo: range.lowerBound)
            output.append(contentsOf: token.utf8)
            offset = range.upperBound
        }
        copy(upTo: lines.bytes.count)
        text = String(decoding: output, as: UTF8.self)
        formulas = found.map(\.formula)
        footnoteReferences = references.map(\.reference)
        crossReferences = crossFound.map(\.item)
        lineMap = map
    }

    /// The original line of 1-based protected `line`.
    func originalLine(_ line: Int) -> Int {
        lineMap[min(max(line, 1), lineMap.count) - 1]
    }

    /// Whether any math delimiter (`$`, `\(`, `\[`) occurs at all; most prose has none,
    /// and then the first cmark parse is skipped.
    private static func mayContainMath(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() {
            if byte == ASCII.dollar { return true }
            if byte == ASCII.backslash, index + 1 < bytes.count,
               bytes[index + 1] == ASCII.openParen || bytes[index + 1] == ASCII.openBracket {
                return true
            }
        }
        return false
    }
}

/// The inline content of one paragraph or heading as cmark's inline parser sees it:
/// its lines joined by `\n`, each without block-quote markers and leading blanks,
/// with the original offset of every byte.
struct InlineContent {
    var bytes: [UInt8] = []
    /// `origin[i]` is the offset in the original text of `bytes[i]` (a joining `\n`
    /// maps to the end of the line before it).
    var origin: [Int] = []

    init(_ block: CMarkDocument.InlineBlock, in lines: TextLines) {
        let lastLine = block.kind == .setextHeading ? block.endLine - 1 : block.endLine
        guard block.startLine <= lastLine, lastLine <= lines.lineCount else { return }
        for line in block.startLine...lastLine {
            let range = lines.range(ofLine: line)
            var start = range.lowerBound
            if line == block.startLine {
                start = min(range.lowerBound + block.startColumn - 1, range.upperBound)
            } else {
                start = Self.contentStart(lines.bytes, in: range, quoteDepth: block.quoteDepth)
                bytes.append(ASCII.newline)
                origin.append(max(range.lowerBound - 1, 0))
            }
            bytes.append(contentsOf: lines.bytes[start..<range.upperBound])
            origin.append(contentsOf: start..<range.upperBound)
        }
    }

    /// After up to `quoteDepth` markers `>` (each with up to three blanks before and one
    /// after), and the blanks that follow.
    private static func contentStart(_ bytes: [UInt8], in range: Range<Int>, quoteDepth: Int) -> Int {
        var index = range.lowerBound
        for _ in 0..<quoteDepth {
            var probe = index
            while probe < range.upperBound, probe - index < 3, ASCII.isBlank(bytes[probe]) { probe += 1 }
            guard probe < range.upperBound, bytes[probe] == ASCII.greaterThan else { break }
            index = probe + 1
            if index < range.upperBound, ASCII.isBlank(bytes[index]) { index += 1 }
        }
        while index < range.upperBound, ASCII.isBlank(bytes[index]) { index += 1 }
        return index
    }
}
