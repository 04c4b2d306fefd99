/// A target that does not fit the chosen loss. Targets are never re-coded to fit: a ±1 label
/// under binary cross-entropy is this error, not a silent 0.
public struct LabelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The loss as a message names it (`hinge loss`).
    public var lossName: String
    /// What the loss accepts.
    public var expected: LabelSet
    /// 0-based row and column of the first target that does not fit, and its value.
    public var row: Int
    public var column: Int
    public var value: Double

    public init(lossName: String, expected: LabelSet, row: Int, column: Int, value: Double) {
        self.lossName = lossName
        self.expected = expected
        self.row = row
        self.column = column
        self.value = value
    }

    /// `hinge loss expects labels −1 and +1, but row 3 has 0`.
    public var description: String {
        "\(lossName) expects \(expected), but row \(row + 1) has \(Self.spelled(value))"
    }

    /// Whole numbers without a decimal point, a true minus sign.
    static func spelled(_ value: Double) -> String {
        let text = value.rounded() == value && Swift.abs(value) < 1e15 ? String(Int(value)) : String(value)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
