/// Which ``Penalty`` applies to which layer: one for the whole model, and overrides for
/// single layers (CS231n's case study is `Regularization(model: Penalty(l2: 1e-3))`).
public struct Regularization: Equatable, Sendable {
    /// A penalty for the layer at `layerIndex` in ``NetworkSpec/layers``.
    public struct LayerPenalty: Equatable, Sendable {
        public var layerIndex: Int
        public var penalty: Penalty
        public init(layerIndex: Int, penalty: Penalty) {
            self.layerIndex = layerIndex
            self.penalty = penalty
        }
    }

    /// For every layer with parameters that ``layers`` does not name.
    public var model: Penalty
    /// Per-layer penalties; they replace ``model`` for their layer (the last one for a layer wins).
    public var layers: [LayerPenalty]

    public init(model: Penalty = .none, layers: [LayerPenalty] = []) {
        self.model = model
        self.layers = layers
    }

    /// No penalty anywhere: the training loop skips the penalty entirely.
    public static let none = Regularization()

    /// Whether any layer is penalised.
    public var isActive: Bool { !model.isZero || layers.contains { !$0.penalty.isZero } }

    /// The penalty of the layer at `layerIndex`.
    public func penalty(layerIndex: Int) -> Penalty {
        layers.last(where: { $0.layerIndex == layerIndex })?.penalty ?? model
    }

    /// A reason this cannot be used, or `nil`.
    var problem: String? {
        model.problem ?? layers.lazy.compactMap(\.penalty.problem).first
    }
}
