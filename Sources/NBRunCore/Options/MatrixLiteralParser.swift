import NotebookKit

/// Recursive-descent parser for `[[1, 2], [3, 4]]`, reporting byte offsets.
struct MatrixLiteralParser {
    let bytes: [UInt8]
    let value: OptionValue
    var position = 0

    init(bytes: [UInt8], value: OptionValue) {
        self.bytes = bytes
        self.value = value
    }

    mutating func parse() throws(Diagnostic) -> [[Double]] {
        skipSpaces()
        guard peek == UInt8(ascii: "[") else {
            throw value.error("expected '[' to start a matrix such as [[1, 0], [0, 1]]", offset: position, length: 1)
        }
        let rows: [[Double]]
        if lookaheadIsNested() {
            position += 1
            var collected: [[Double]] = []
            while true {
                skipSpaces()
                collected.append(try row())
                skipSpaces()
                if peek == UInt8(ascii: ",") { position += 1; continue }
                if peek == UInt8(ascii: "]") { position += 1; break }
                throw value.error("expected ',' or ']' after a row", offset: position, length: 1)
            }
            rows = collected
        } else {
            rows = [try row()]
        }
        skipSpaces()
        guard position == bytes.count else {
            throw value.error("unexpected text after the matrix", offset: position, length: bytes.count - position)
        }
        let width = rows[0].count
        for (index, row) in rows.enumerated() where row.count != width {
            throw value.error("row \(index + 1) has \(row.count) numbers but row 1 has \(width)")
        }
        return rows
    }

    private mutating func row() throws(Diagnostic) -> [Double] {
        guard peek == UInt8(ascii: "[") else {
            throw value.error("expected '[' to start a row", offset: position, length: 1)
        }
        position += 1
        var numbers: [Double] = []
        while true {
            skipSpaces()
            let start = position
            while position < bytes.count, !",] \t".utf8.contains(bytes[position]) { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            guard let number = ValueParser.parseNumber(text) else {
                if text.isEmpty {
                    throw value.error("expected a number", offset: start, length: 1)
                }
                throw value.error("'\(text)' is not a number", offset: start, length: text.utf8.count)
            }
            numbers.append(number)
            skipSpaces()
            if peek == UInt8(ascii: ",") { position += 1; continue }
            if peek == UInt8(ascii: "]") { position += 1; return numbers }
            throw value.error("expected ',' or ']' in a row", offset: position, length: 1)
        }
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    private func lookaheadIsNested() -> Bool {
        var index = position + 1
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "[")
    }
}
