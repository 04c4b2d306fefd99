import NeuralEngine

/// The random generators a notebook can choose (front matter `rng`, `{random}`'s `generator`).
public enum RandomGenerator: String, NotebookChoice {
    /// xoshiro256**: fast and reproducible on every platform.
    case standard = "default"
    /// numpy's legacy `RandomState` (MT19937).
    case numpy

    /// How reports name it.
    var description: String {
        switch self {
        case .standard: "default (xoshiro256**)"
        case .numpy: "numpy legacy RandomState (MT19937)"
        }
    }
}
