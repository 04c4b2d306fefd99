import NotebookKit

/// What a step is expected to cost before it runs: the memory it holds at its peak and
/// the arithmetic it does, each with the formula it came from (for the message), and
/// the place in the notebook whose value drives it. Counts are `Double`s so that no
/// product of notebook sizes can overflow.
struct StepEstimate {
    /// Bytes held at the step's peak.
    var bytes: Double
    /// How `bytes` was computed, e.g. `samples × features × 8 bytes`.
    var bytesFormula: String
    /// Floating-point operations.
    var operations: Double
    var operationsFormula: String
    /// The option or line whose value makes the cost; the error or warning points here.
    var location: SourceLocation

    init(bytes: Double = 0, bytesFormula: String = "", operations: Double = 0, operationsFormula: String = "",
         at location: SourceLocation) {
        self.bytes = bytes
        self.bytesFormula = bytesFormula
        self.operations = operations
        self.operationsFormula = operationsFormula
        self.location = location
    }
}

/// Bytes of `count` doubles.
func doubles(_ count: Double) -> Double { count * 8 }
