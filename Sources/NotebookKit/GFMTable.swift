/// A GitHub-flavoured table found in a paragraph's lines (GFM spec, "Tables (extension)"):
/// a header row, a delimiter row with as many cells (`---`, `:--`, `:-:`, `--:`), then
/// rows until the paragraph ends. Cells split at each `|` not escaped as `\|`; a row
/// with too few cells is padded, one with too many cut. Formulas were taken out
/// before, so a `|` inside `$…$` never splits a cell.
struct GFMTable: Equatable {
    enum Alignment: Equatable { case none, left, center, right }

    var alignments: [Alignment]
    /// Each cell's inline Markdown, `\|` already turned into `|`.
    var header: [String]
    var rows: [[String]]

    /// The table in `lines` (a paragraph's lines, container markers and indentation
    /// removed) and how many lines before it are ordinary paragraph text.
    static func find(in lines: [String]) -> (leadingLines: Int, table: GFMTable)? {
        guard lines.count >= 2 else { return nil }
        for index in 0..<(lines.count - 1) {
            guard let alignments = delimiterRow(lines[index + 1]) else { continue }
            let header = cells(lines[index])
            guard header.count == alignments.count, lines[index].contains("|") || lines[index + 1].contains("|") else { continue }
            let rows = lines[(index + 2)...].map { line -> [String] in
                var row = cells(line)
                if row.count > header.count { row.removeLast(row.count - header.count) }
                while row.count < header.count { row.append("") }
                return row
            }
            return (index, GFMTable(alignments: alignments, header: header, rows: Array(rows)))
        }
        return nil
    }

    /// The alignment of each column when `line` is a delimiter row (it must hold a `|`).
    static func delimiterRow(_ line: String) -> [Alignment]? {
        guard line.contains("|") else { return nil }
        var alignments: [Alignment] = []
        for cell in rawCells(line) {
            let text = cell.trimmedBlanks()
            let left = text.hasPrefix(":")
            let right = text.hasSuffix(":") && text.count > 1
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The cells of a row, trimmed, with `\|` unescaped.
    static func cells(_ line: String) -> [String] {
        rawCells(line).map { cell in
            let bytes = Array(cell.trimmedBlanks().utf8)
            var output: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == ASCII.backslash, index + 1 < bytes.count {
                    if bytes[index + 1] != UInt8(ascii: "|") { output.append(ASCII.backslash) }
                    output.append(bytes[index + 1])
                    index += 2
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The row split at unescaped pipes, without the optional outer pipes.
    private static func rawCells(_ line: String) -> [Substring] {
        let bytes = Array(line.trimmedBlanks().utf8)
        var cells: [Substring] = []
        var start = 0
        var index = 0
        if bytes.first == UInt8(ascii: "|") { start = 1; index = 1 }
        let text = String(decoding: bytes, as: UTF8.self)
        var utf8Cells: [Range<Int>] = []
        while index < bytes.count {
            if bytes[index] == ASCII.backslash { index += 2; continue }
            if bytes[index] == UInt8(ascii: "|") {
                utf8Cells.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { utf8Cells.append(start..<bytes.count) }
        for range in utf8Cells {
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            cells.append(text[lower..<upper])
        }
        return cells
    }
}
