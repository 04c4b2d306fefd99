extension ScaleKind {
    /// The scale that shows `values` best: logarithmic when their positive finite
    /// values span more than two decades (`max / min > 100`), linear otherwise.
    public static func automatic(for values: [Double]) -> ScaleKind {
        var low = Double.infinity, high = 0.0
        for value in values where value.isFinite && value > 0 {
            low = min(low, value)
            high = max(high, value)
        }
        guard high > 0 else { return .linear }
        return high / low > 100 ? .log : .linear
    }
}
