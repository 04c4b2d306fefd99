/// Splits CSV text into records of cells (RFC 4180 with the usual leniencies):
/// fields are separated by one ASCII separator; a field in double quotes may hold
/// separators, line breaks and `""` (one quote); blanks around fields are dropped;
/// blank lines are skipped; line breaks are `\n`, `\r\n` or `\r`; a leading UTF-8 BOM is ignored.
struct CSVScanner {
    struct Record {
        var cells: [CSVCell]
        /// Just after the last character of the record, where a missing field would go.
        var end: CSVPosition
    }

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: [UInt8]
    private let separator: UInt8
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(text: String, separator: UInt8) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xef, 0xbb, 0xbf]) { bytes.removeFirst(3) }
        self.bytes = bytes
        self.separator = separator
    }

    private var position: CSVPosition { CSVPosition(line: line, column: index - lineStart + 1) }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte != separator && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t"))
    }

    private func isLineEnd(_ byte: UInt8) -> Bool {
        byte == Self.newline || byte == Self.carriageReturn
    }

    private mutating func skipBlanks() {
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
    }

    /// Consumes one line break at `index` (`\r\n` counts as one).
    private mutating func consumeLineEnd() {
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline {
            index += 1
        }
        index += 1
        line += 1
        lineStart = index
    }

    mutating func records() throws(CSVError) -> [Record] {
        var records: [Record] = []
        while index < bytes.count {
            skipBlanks()
            if index == bytes.count { break }
            if isLineEnd(bytes[index]) {
                consumeLineEnd()
                continue
            }
            records.append(try record())
        }
        return records
    }

    /// One record, starting at a non-blank byte; consumes its line break.
    private mutating func record() throws(CSVError) -> Record {
        var cells: [CSVCell] = []
        while true {
            skipBlanks()
            cells.append(index < bytes.count && bytes[index] == Self.quote ? try quotedField() : plainField())
            if index < bytes.count, bytes[index] == separator {
                index += 1
                continue
            }
            break
        }
        let end = position
        if index < bytes.count { consumeLineEnd() }
        return Record(cells: cells, end: end)
    }

    /// Up to the next separator or line break, trailing blanks dropped.
    private mutating func plainField() -> CSVCell {
        let start = position
        let first = index
        while index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) { index += 1 }
        var last = index
        while last > first, isBlank(bytes[last - 1]) { last -= 1 }
        return CSVCell(text: String(decoding: bytes[first..<last], as: UTF8.self), position: start)
    }

    /// From an opening quote to its closing quote; line breaks inside become `\n`.
    private mutating func quotedField() throws(CSVError) -> CSVCell {
        let start = position
        index += 1
        var value: [UInt8] = []
        while true {
            guard index < bytes.count else { throw CSVError(.unterminatedQuote, at: start) }
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    value.append(Self.quote)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if isLineEnd(byte) {
                value.append(Self.newline)
                consumeLineEnd()
                continue
            }
            value.append(byte)
            index += 1
        }
        skipBlanks()
        if index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) {
            throw CSVError(.textAfterClosingQuote, at: position)
        }
        return CSVCell(text: String(decoding: value, as: UTF8.self), position: start, isQuoted: true)
    }
}
