/// One layer of a ``NetworkSpec``, as a notebook declares it: a value of one of the layer
/// kinds in `Layers/` (made with ``dense(inputs:outputs:bias:weightInit:biasInit:)``,
/// ``activation(_:)``, ``conv2d(filters:kernel:stride:padding:weightInit:biasInit:)``, …).
///
/// The layer value itself holds only sizes and settings (plain values, so the engine's passes
/// copy it without reference counting); initialisers that override the model's live here.
public struct LayerSpec: Equatable, Sendable, CustomStringConvertible {
    let layer: any Layer
    /// This layer's own initialiser for its weights, overriding the model's.
    public var weightInit: Initializer?
    /// This layer's own initialiser for its biases, overriding the model's.
    public var biasInit: Initializer?

    init(_ layer: any Layer, weightInit: Initializer? = nil, biasInit: Initializer? = nil) {
        self.layer = layer
        self.weightInit = weightInit
        self.biasInit = biasInit
    }

    /// The kind's name: `dense`, `activation`, `conv2d`, `maxpool`, `flatten`, `dropout`.
    public var kind: String { type(of: layer).kind }

    /// The activation of an activation layer, `nil` for other kinds.
    public var activation: Activation? { (layer as? ActivationLayer)?.activation }

    /// A dense layer's sizes, `nil` for other kinds (budgets estimate from them before any
    /// network is built).
    public var denseSizes: (inputs: Int, outputs: Int)? {
        (layer as? Dense).map { ($0.inputs, $0.outputs) }
    }

    /// Whether building this layer draws from the random stream (its own initialisers or,
    /// when it names none, the model's).

    public var description: String { "\(layer)" }

    public static func == (a: LayerSpec, b: LayerSpec) -> Bool {
        a.layer.isEqual(to: b.layer) && a.weightInit == b.weightInit && a.biasInit == b.biasInit
    }
}
