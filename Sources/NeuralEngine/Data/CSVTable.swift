/// A parsed CSV file: column names and rows of cells, each cell knowing where it was.
/// Numbers are read later, by ``dataset(targets:features:classLabels:)``, so a bad cell
/// is reported at its own line and column.
public struct CSVTable: Equatable, Sendable {
    /// Whether the first record names the columns.
    public enum HeaderMode: Equatable, Sendable {
        /// A header when some column has a non-number in the first record and a number
        /// in the second (with one record only: when any field is not a number).
        case automatic
        case present
        case absent
    }

    /// From the header, or `column 1`, `column 2`, … without one (also for empty header fields).
    public let columnNames: [String]
    public let hasHeader: Bool
    /// The data rows; every row has `columnNames.count` cells.
    public let rows: [[CSVCell]]

    public var columnCount: Int { columnNames.count }

    /// Parses `text`. Errors: ``CSVError/Kind/emptyFile``, ``CSVError/Kind/noDataRows``,
    /// ``CSVError/Kind/raggedRow(fieldCount:expectedCount:againstHeader:)`` (at the first
    /// extra field, or at the end of a short row), quoting errors, duplicate header names.
    public static func parse(
        text: String,
        header: HeaderMode = .automatic,
        separator: Unicode.Scalar = ","
    ) throws(CSVError) -> CSVTable {
        precondition(separator.isASCII && separator != "\"" && separator != "\n" && separator != "\r",
                     "separator must be one ASCII character other than a quote or line break")
        var scanner = CSVScanner(text: text, separator: UInt8(separator.value))
        var records = try scanner.records()
        guard let first = records.first else { throw CSVError(.emptyFile, at: CSVPosition(line: 1, column: 1)) }
        let hasHeader = switch header {
        case .present: true
        case .absent: false
        case .automatic: looksLikeHeader(first.cells, next: records.dropFirst().first?.cells)
        }
        let expectedCount = first.cells.count
        for record in records.dropFirst() where record.cells.count != expectedCount {
            let kind = CSVError.Kind.raggedRow(
                fieldCount: record.cells.count, expectedCount: expectedCount, againstHeader: hasHeader)
            let position = record.cells.count > expectedCount ? record.cells[expectedCount].position : record.end
            throw CSVError(kind, at: position)
        }
        var columnNames = (1...expectedCount).map { "column \($0)" }
        if hasHeader {
            records.removeFirst()
            guard !records.isEmpty else {
                throw CSVError(.noDataRows, at: CSVPosition(line: first.end.line + 1, column: 1))
            }
            // The names of the columns before `index` (a set: 10⁵ names took 12.5 s as a list).
            var earlier = Set<String>()
            for (index, cell) in first.cells.enumerated() {
                if !cell.text.isEmpty {
                    if earlier.contains(cell.text) {
                        throw CSVError(.duplicateColumnName(cell.text), at: cell.position)
                    }
                    columnNames[index] = cell.text
                }
                earlier.insert(columnNames[index])
            }
        }
        return CSVTable(columnNames: columnNames, hasHeader: hasHeader, rows: records.map(\.cells))
    }

    private static func looksLikeHeader(_ first: [CSVCell], next: [CSVCell]?) -> Bool {
        func isText(_ cell: CSVCell) -> Bool { !cell.text.isEmpty && DecimalNumber.parse(cell.text) == nil }
        guard let next, next.count == first.count else { return first.contains(where: isText) }
        return zip(first, next).contains { isText($0) && DecimalNumber.parse($1.text) != nil }
    }
}
