/// One layer of a ``NetworkSpec``, as a notebook declares it: a value of one of the layer
/// kinds in `Layers/` (made with ``dense(inputs:outputs:bias:weightInit:biasInit:)``,
/// ``activation(_:)``, ``conv2d(filters:kernel:stride:padding:weightInit:biasInit:)``, …).
public struct LayerSpec: Equatable, Sendable, CustomStringConvertible {
    let layer: any Layer

    init(_ layer: any Layer) {
        self.layer = layer
    }

    /// The kind's name: `dense`, `activation`, `conv2d`, `maxpool`, `flatten`, `dropout`.
    public var kind: String { type(of: layer).kind }

    /// The activation of an activation layer, `nil` for other kinds.
    public var activation: Activation? { (layer as? ActivationLayer)?.activation }

    /// Whether building this layer draws from the random stream (its own initialisers or,
    /// when it names none, the model's).
    func drawsRandomNumbers(input: FeatureShape, weightInit: Initializer, biasInit: Initializer) -> Bool {
        layer.parameterShapes(input: input).contains { shape in
            (shape.initializer ?? (shape.role == .weights ? weightInit : biasInit)).drawsRandomNumbers
        }
    }

    public var description: String { "\(layer)" }

    public static func == (a: LayerSpec, b: LayerSpec) -> Bool { a.layer.isEqual(to: b.layer) }
}
