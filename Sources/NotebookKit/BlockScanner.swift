/// Reads an excerpt line by line before cmark does and takes out nbrun's block
/// extensions, each replaced by a line holding one block token:
///
/// - display math standing on its own lines: `$$ … $$` (optionally `{#eq-label}`
///   after the closing `$$`), `\[ … \]`, and `\begin{equation}` (also `align`,
///   `gather`, `multline`, starred or not) … `\end{…}`. cmark never sees the TeX, so
///   a line of it starting with `+`, `-`, `=`, `#`, `>` or `1.` cannot become a list,
///   a heading or a quote. Inside a paragraph the token stays inline math, as before;
/// - callouts: GitHub alerts `> [!NOTE]`, colon fences `:::{note}` (MyST),
///   `::: {.callout-note}` (Quarto) and `::: note` (Docusaurus), each with their
///   inside scanned in turn;
/// - raw HTML blocks ```` ```{=html} ````;
/// - footnote definitions `[^name]: …` (their lines become blank).
///
/// Code fences and HTML comments are stepped over. Lines indented four or more
/// columns are never extensions. Syntax that looks like an unsupported extension
/// (`!!! note`, `::: unknown`, ```` ```{=latex} ````) gives a warning.
struct BlockScanner {
    let tokens: PlaceholderToken
    /// Collected while scanning, in document order.
    private(set) var footnotes: [FootnoteSource] = []
    private(set) var warnings: [Diagnostic] = []

    init(tokens: PlaceholderToken) {
        self.tokens = tokens
    }

    mutating func scan(_ excerpt: Excerpt) throws(Diagnostic) -> ScannedExcerpt {
        var output: [String] = []
        var lineMap: [Int] = []
        var blocks: [ScannedBlock] = []
        var blankLines: Set<Int> = []
        var headingIDs: [Int: String] = [:]
        let lines = excerpt.lines.map { Array($0.utf8) }
        func emit(_ text: String, from line: Int) {
            output.append(text)
            lineMap.append(line)
        }
        func emitBlock(_ block: ScannedBlock, indent: Int, firstLine: Int, lastLine: Int, trailing: String = "") {
            let token = String(repeating: " ", count: indent) + tokens.token(.block, blocks.count) + trailing
            blocks.append(block)
            if case .math = block {
                emit(token, from: firstLine)
            } else {
                // Blank lines around: the token is a paragraph of its own.
                emit("", from: firstLine)
                emit(token, from: firstLine)
                emit("", from: lastLine)
            }
        }

        var number = 1
        while number <= lines.count {
            let bytes = lines[number - 1]
            let indent = LineShape.indent(bytes)
            if blankLines.contains(number) || indent.columns > 3 {
                emit(blankLines.contains(number) ? "" : excerpt.lines[number - 1], from: number)
                number += 1
                continue
            }
            let start = indent.bytes
            let location = excerpt.location(line: number, column: start + 1)

            if let fence = LineShape.codeFence(bytes, at: start) {
                var end = number + 1
                while end <= lines.count, !LineShape.closesFence(lines[end - 1], byte: fence.byte, length: fence.length) {
                    end += 1
                }
                if fence.info.hasPrefix("{="), fence.info.hasSuffix("}") {
                    let format = String(fence.info.dropFirst(2).dropLast()).trimmingBlanks()
                    let last = min(end, lines.count)
                    if format.lowercased() == "html" {
                        let html = ((number + 1)..<max(number + 1, end)).map { line -> String in
                            let content = lines[line - 1]
                            let cut = min(LineShape.indent(content).bytes, indent.bytes)
                            return String(decoding: content[cut...], as: UTF8.self) + "\n"
                        }.joined()
                        emitBlock(.rawHTML(html: html, location: location), indent: 0, firstLine: number, lastLine: last)
                    } else {
                        warnings.append(.warning(
                            "a raw '\(format)' block is left out of the HTML report", at: location, length: fence.length,
                            notes: ["only ```{=html} raw blocks are shown"]))
                        for line in number...last { emit("", from: line) }
                    }
                    number = last + 1
                    continue
                }
                for line in number...min(end, lines.count) { emit(excerpt.lines[line - 1], from: line) }
                number = end + 1
                continue
            }

            if InlineSyntax.hasPrefix(bytes, "<!--", at: start), bytes[start...].firstRange(of: Array("-->".utf8)) == nil {
                var end = number + 1
                while end <= lines.count, lines[end - 1].firstRange(of: Array("-->".utf8)) == nil { end += 1 }
                for line in number...min(end, lines.count) { emit(excerpt.lines[line - 1], from: line) }
                number = end + 1
                continue
            }

            if let math = DisplayMathLines.find(lines, line: number, start: start) {
                let source = DisplayMathSource(
                    tex: math.tex, location: excerpt.location(line: number, column: math.texColumn),
                    source: math.source, label: math.label)
                emitBlock(.math(source), indent: start, firstLine: number, lastLine: math.lastLine, trailing: math.trailing)
                number = math.lastLine + 1
                continue
            }

            if let fence = LineShape.colonFence(bytes, at: start) {
                let opening = try ColonFence.read(
                    bytes, start: start, length: fence.length, rest: fence.rest, line: number, location: location)
                if opening == nil {
                    warnings.append(.warning(
                        "this ':::' closes nothing", at: location, length: fence.length,
                        notes: ["a callout opens with ':::{note}' or '::: {.callout-note}' and closes with ':::'"]))
                    emit("", from: number)
                    number += 1
                    continue
                }
                let end = try ColonFence.closingLine(
                    lines, after: number, at: location, written: String(decoding: bytes[start...], as: UTF8.self).trimmingBlanks())
                switch opening! {
                case .unsupported(let message, let notes):
                    warnings.append(.warning(message, at: location, length: fence.length + 1 + fence.rest.utf8.count, notes: notes))
                    emit("", from: number)
                    blankLines.insert(end)
                    number += 1
                case .callout(var header):
                    var bodyStart = number + 1
                    bodyStart = header.readOptions(lines, from: bodyStart, before: end, excerpt: excerpt, warnings: &warnings)
                    bodyStart = header.takeHeadingTitle(lines, from: bodyStart, before: end, excerpt: excerpt)
                    let body = bodyStart < end
                        ? excerpt.sub(bodyStart...(end - 1)) { _, bytes in min(LineShape.indent(bytes).bytes, start) }
                        : Excerpt(path: excerpt.path, lines: [], origins: [])
                    let callout = CalloutSource(
                        kind: header.kind,
                        title: header.title.map { ($0.text, excerpt.location(line: $0.line, column: $0.column)) },
                        collapse: header.collapse, body: try scan(body), location: location, role: header.role,
                        label: header.label.map { ($0.text, excerpt.location(line: $0.line, column: 1)) })
                    emitBlock(.callout(callout), indent: start, firstLine: number, lastLine: end)
                    number = end + 1
                }
                continue
            }

            if number == 1 || !Self.isQuoteLine(lines[number - 2]), let alert = try GitHubAlert.read(bytes, at: start, location: location) {
                var end = number
                while end < lines.count, Self.isQuoteLine(lines[end]) { end += 1 }
                let body = end > number
                    ? excerpt.sub((number + 1)...end) { _, bytes in GitHubAlert.contentStart(bytes) }
                    : Excerpt(path: excerpt.path, lines: [], origins: [])
                let callout = CalloutSource(
                    kind: alert.kind,
                    title: alert.title.map { ($0.text, excerpt.location(line: number, column: $0.column)) },
                    collapse: alert.collapse, body: try scan(body), location: location)
                emitBlock(.callout(callout), indent: start, firstLine: number, lastLine: end)
                number = end + 1
                continue
            }

            if let definition = FootnoteDefinitionLines.find(lines, line: number, start: start) {
                footnotes.append(FootnoteSource(
                    name: definition.name,
                    body: excerpt.sub(number...definition.lastLine) { line, bytes in
                        line == number ? definition.contentStart : min(LineShape.indent(bytes).bytes, 4)
                    },
                    location: location))
                for line in number...definition.lastLine { emit("", from: line) }
                number = definition.lastLine + 1
                continue
            }

            if InlineSyntax.hasPrefix(bytes, "!!! ", at: start) || InlineSyntax.hasPrefix(bytes, "??? ", at: start) {
                warnings.append(.warning(
                    "MkDocs admonitions ('\(String(decoding: bytes[start..<(start + 3)], as: UTF8.self))') are not supported; this shows as plain text",
                    at: location, length: 3,
                    notes: ["write a callout as '> [!NOTE]' (GitHub), ':::{note}' … ':::' (MyST) or '::: {.callout-note}' … ':::' (Quarto)"]))
            }
            if let heading = Self.headingWithIdentifier(excerpt.lines[number - 1], start: start) {
                emit(heading.line, from: number)
                headingIDs[output.count] = heading.identifier
                number += 1
                continue
            }
            emit(excerpt.lines[number - 1], from: number)
            number += 1
        }
        var scanned = ScannedExcerpt(
            excerpt: excerpt, text: output.joined(separator: "\n") + "\n",
            lineMap: lineMap.isEmpty ? [1] : lineMap, blocks: blocks)
        scanned.headingIDs = headingIDs
        return scanned
    }

    /// An ATX heading ending in `{#identifier}` (pandoc/Quarto): the line without it.
    static func headingWithIdentifier(_ line: String, start: Int) -> (line: String, identifier: String)? {
        let bytes = Array(line.utf8)
        guard start < bytes.count, bytes[start] == ASCII.hash, line.hasSuffix("}") || line.trimmingBlanks().hasSuffix("}"),
              let open = line.range(of: " {#", options: .backwards),
              let attributes = AttributeList(line[line.index(after: open.lowerBound)...]),
              let identifier = attributes.identifier else { return nil }
        return (String(line[..<open.lowerBound]), identifier)
    }

    /// Up to three spaces, then `>`.
    static func isQuoteLine(_ bytes: [UInt8]) -> Bool {
        let indent = LineShape.indent(bytes)
        return indent.columns <= 3 && indent.bytes < bytes.count && bytes[indent.bytes] == ASCII.greaterThan
    }
}
