/// One data point of a line plot.
public struct DataPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A named line of a ``LinePlot``.
public struct Series: Sendable, Equatable {
    public var name: String
    public var points: [DataPoint]

    public init(name: String, points: [DataPoint]) {
        self.name = name
        self.points = points
    }

    /// A series from `(x, y)` pairs.
    public init(name: String, points: [(Double, Double)]) {
        self.init(name: name, points: points.map { DataPoint(x: $0.0, y: $0.1) })
    }

    /// A series whose x values are `1, 2, 3, …` (e.g. a loss per epoch).
    public init(name: String, values: [Double]) {
        self.init(name: name, points: values.enumerated().map { DataPoint(x: Double($0.offset + 1), y: $0.element) })
    }
}

/// A labelled vertical line, e.g. "best epoch".
public struct VerticalMarker: Sendable, Equatable {
    public var x: Double
    public var label: String

    public init(x: Double, label: String) {
        self.x = x
        self.label = label
    }
}
