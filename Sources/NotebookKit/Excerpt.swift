/// Lines of the notebook read as a Markdown document of their own: the whole body,
/// the inside of a callout (without its `>` markers) or a footnote's definition
/// (without its indentation). Each line remembers where it starts in the notebook,
/// so everything found inside is located exactly.
struct Excerpt: Sendable {
    let path: String
    /// The lines, without terminators.
    let lines: [String]
    /// `origins[k]`: the notebook line of line `k + 1` and the notebook column of its first byte.
    let origins: [(line: Int, column: Int)]

    init(path: String, lines: [String], origins: [(line: Int, column: Int)]) {
        precondition(lines.count == origins.count)
        self.path = path
        self.lines = lines
        self.origins = origins
    }

    /// A whole text, line `k` being notebook line `k`.
    init(path: String, text: TextLines) {
        self.path = path
        // A final line break ends the last line; it does not start an empty one.
        var count = text.lineCount
        if count > 1, text.range(ofLine: count).isEmpty { count -= 1 }
        lines = (1...count).map { text.text(ofLine: $0) }
        origins = (1...count).map { ($0, 1) }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// The notebook location of 1-based `line` and byte `column` of the excerpt.
    func location(line: Int, column: Int) -> SourceLocation {
        guard !origins.isEmpty else { return SourceLocation(path: path, line: 1, column: column) }
        let origin = origins[min(max(line, 1), origins.count) - 1]
        return SourceLocation(path: path, line: origin.line, column: origin.column + column - 1)
    }

    /// Lines `range` (1-based), each with its first `dropping(k, bytes)` bytes removed.
    func sub(_ range: ClosedRange<Int>, dropping: (Int, [UInt8]) -> Int = { _, _ in 0 }) -> Excerpt {
        var subLines: [String] = []
        var subOrigins: [(line: Int, column: Int)] = []
        for number in range {
            let bytes = Array(lines[number - 1].utf8)
            let cut = min(max(dropping(number, bytes), 0), bytes.count)
            subLines.append(String(decoding: bytes[cut...], as: UTF8.self))
            let origin = origins[number - 1]
            subOrigins.append((origin.line, origin.column + cut))
        }
        return Excerpt(path: path, lines: subLines, origins: subOrigins)
    }
}
