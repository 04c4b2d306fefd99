

/// Every intermediate of one forward and backward pass, in the order computed (seed 003's walkthrough).
public struct NetworkTrace: Equatable, Sendable {
    public var entries: [TraceEntry]
    /// Mean loss over the samples.
    public var loss: Double
    /// `∂E/∂θ` in the layout of ``Network/parameters`` (apply with ``Network/descend(along:learningRate:)``).
    public var gradient: [Double]

    public init(entries: [TraceEntry], loss: Double, gradient: [Double]) {
        self.entries = entries
        self.loss = loss
        self.gradient = gradient
    }

    /// The first entry with this symbol.
    public func entry(_ symbol: String) -> TraceEntry? { entries.first { $0.symbol == symbol } }
}
