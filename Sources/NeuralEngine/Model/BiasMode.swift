/// How many bias values a dense layer has.
public enum BiasMode: String, Hashable, Sendable, Codable {
    /// One bias per output neuron: `Y = X·W + b`, `b` of length `outputs` (seeds 001, 002).
    case perNeuron
    /// One scalar added to every output of the layer (seeds 000 and 004: `s += b[index]`).
    case shared
    /// No bias at all: `Y = X·W` (seed 003).
    case none

    /// The number of bias parameters for a layer with `outputs` neurons.
    public func parameterCount(outputs: Int) -> Int {
        switch self {
        case .perNeuron: outputs
        case .shared: 1
        case .none: 0
        }
    }
}
