/// One layer of a ``NetworkSpec``, as a notebook declares it.
public enum LayerSpec: Equatable, Sendable {
    /// A fully connected layer `Y = X·W + b`, `W` of shape `inputs × outputs`.
    /// `weightInit`/`biasInit` override the model-wide initialisers for this layer.
    case dense(
        inputs: Int, outputs: Int, bias: BiasMode = .perNeuron,
        weightInit: Initializer? = nil, biasInit: Initializer? = nil
    )
    /// An activation applied to the previous layer's output; it keeps the width.
    case activation(Activation)
}
