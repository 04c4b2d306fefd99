/// A problem in CSV text or in what was asked of it. ``position`` is set when the
/// problem is at a place in the text; the pipeline maps it to the data file.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// No records at all (empty, or only blank lines).
        case emptyFile
        /// A header and no data rows after it.
        case noDataRows
        /// A record with a different number of fields from the header (or first row).
        case raggedRow(fieldCount: Int, expectedCount: Int, againstHeader: Bool)
        /// A cell that should hold a number and does not.
        case notANumber(String)
        /// An empty cell where a number or label is needed.
        case emptyCell(column: String)
        /// A `"` that opens a field and is never closed.
        case unterminatedQuote
        /// Text between a closing quote and the next separator.
        case textAfterClosingQuote
        /// The same header name twice.
        case duplicateColumnName(String)
        /// A target named that is not in the header.
        case unknownColumn(String, available: [String])
        /// A target index outside the columns.
        case columnIndexOutOfRange(Int, columnCount: Int)
        /// The same column asked for twice.
        case duplicateColumn(String)
        /// No target columns asked for.
        case noTargets
        /// Every column is a target, so there are no inputs.
        case noFeatures
        /// Class labels asked for with more than one target column.
        case classLabelsNeedOneTarget(count: Int)
        /// A numeric class label that is not a class index 0 … 999 (labels are never re-coded).
        case classLabelNotAnIndex(String)
    }

    public let kind: Kind
    public let position: CSVPosition?

    public init(_ kind: Kind, at position: CSVPosition? = nil) {
        self.kind = kind
        self.position = position
    }

    /// The message without the position.
    public var message: String {
        switch kind {
        case .emptyFile:
            "the file is empty"
        case .noDataRows:
            "the file has a header but no data rows"
        case let .raggedRow(fieldCount, expectedCount, againstHeader):
            "row has \(fieldCount) field\(fieldCount == 1 ? "" : "s") but the \(againstHeader ? "header" : "first row") has \(expectedCount)"
        case let .notANumber(text):
            "'\(text)' is not a number"
        case let .emptyCell(column):
            "empty cell in column '\(column)'"
        case .unterminatedQuote:
            "quoted field is never closed"
        case .textAfterClosingQuote:
            "text after the closing quote (a field ends at a separator)"
        case let .duplicateColumnName(name):
            "column name '\(name)' appears more than once in the header"
        case let .unknownColumn(name, available):
            "no column named '\(name)' (columns: \(available.joined(separator: ", ")))"
        case let .columnIndexOutOfRange(index, columnCount):
            "column index \(index) is out of range for \(columnCount) column\(columnCount == 1 ? "" : "s")"
        case let .duplicateColumn(name):
            "column '\(name)' is listed twice"
        case .noTargets:
            "at least one target column is needed"
        case .noFeatures:
            "every column is a target, so no input columns are left"
        case let .classLabelsNeedOneTarget(count):
            "class labels need exactly one target column, got \(count)"
        case let .classLabelNotAnIndex(text):
            "numeric class labels must be class indices 0, 1, 2, …; found '\(text)' (labels keep their values: ±1 labels are targets for a hinge loss, not classes)"
        }
    }

    /// `line:column: message`, or the message alone.
    public var description: String {
        position.map { "\($0): \(message)" } ?? message
    }
}
