import Markup

/// Every layer's weights and biases under one caption, e.g. "Weights and biases after
/// training.": `W₁ (2×3)`, `b₁ (3)`, `W₂ (3×1)`, `b₂ (1)` as small tables that sit side by
/// side when they fit (a wrapping row), each at the same fixed precision.
public struct WeightTables: Sendable {
    public struct Layer: Sendable, Equatable {
        /// `weights[i][j]`: from input `i` to output `j` (inputs × outputs).
        public var weights: [[Double]]
        public var bias: [Double]

        public init(weights: [[Double]], bias: [Double]) {
            self.weights = weights
            self.bias = bias
        }
    }

    public var caption: [Node]
    public var layers: [Layer]
    public var precision: Int

    public init(caption: [Node], layers: [Layer], precision: Int = 4) {
        self.caption = caption
        self.layers = layers
        self.precision = precision
    }

    public var node: Node {
        var children: [Node] = []
        if !caption.isEmpty { children.append(.element("p", ["class": "nb-caption"], caption)) }
        for (index, layer) in layers.enumerated() {
            children += MatrixTable.layer(number: index + 1, weights: layer.weights, bias: layer.bias, precision: precision)
        }
        return .element("div", ["class": "nb-weights"], children)
    }
}
