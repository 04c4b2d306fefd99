import NeuralEngine

/// The engine's activations as notebooks name them: the one list of activation names
/// for layer lines, `activation:`/`output:` options, the documentation and the
/// architecture table. An activation the engine adds is a compile error in ``init(_:)``.
public enum ActivationName: String, NotebookChoice {
    case identity, sigmoid, tanh, relu
    case leakyReLU = "leaky-relu"
    case softmax

    /// Other spellings a layer line may use.
    static let aliases: [String: ActivationName] = ["linear": .identity, "leaky_relu": .leakyReLU, "leakyrelu": .leakyReLU]

    public init(_ activation: Activation) {
        switch activation {
        case .identity: self = .identity
        case .sigmoid: self = .sigmoid
        case .tanh: self = .tanh
        case .relu: self = .relu
        case .leakyReLU: self = .leakyReLU
        case .softmax: self = .softmax
        }
    }

    /// The slope of `leaky-relu` when none is written.
    public static let defaultLeakySlope = 0.01

    /// The activation, with `arguments` from `leaky-relu(0.1)`; nil when the arguments do not fit.
    public func activation(arguments: [Double]) -> Activation? {
        switch self {
        case .identity: arguments.isEmpty ? .identity : nil
        case .sigmoid: arguments.isEmpty ? .sigmoid : nil
        case .tanh: arguments.isEmpty ? .tanh : nil
        case .relu: arguments.isEmpty ? .relu : nil
        case .softmax: arguments.isEmpty ? .softmax : nil
        case .leakyReLU: arguments.count <= 1 ? .leakyReLU(slope: arguments.first ?? Self.defaultLeakySlope) : nil
        }
    }

    /// How the architecture table names it: "ReLU", "leaky ReLU (slope 0.01)".
    static func displayName(_ activation: Activation) -> String {
        switch activation {
        case .identity: "identity"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case .leakyReLU(let slope): "leaky ReLU (slope \(slope))"
        case .softmax: "softmax"
        }
    }

    /// What it computes, for the documentation.
    var meaning: String {
        switch self {
        case .identity: "$f(z) = z$ (also `linear`)"
        case .sigmoid: "$\\sigma(z) = 1 / (1 + e^{-z})$"
        case .tanh: "$\\tanh(z)$, with $f'(z) = 1 - \\tanh^2(z)$"
        case .relu: "$\\max(0, z)$"
        case .leakyReLU: "$z$ for $z > 0$, else $a z$; `leaky-relu(0.01)` sets $a$ (default 0.01)"
        case .softmax: "row-wise $e^{z_j - \\max z} / \\sum_k e^{z_k - \\max z}$ (the maximum is subtracted for stability)"
        }
    }
}
