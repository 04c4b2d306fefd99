import Markup

/// The legend of a decision-boundary figure: per class a region swatch with a point
/// marker and the class name, then the boundary line; for a probability field also a
/// strip of the ten probability bands labelled 0, 0.5 and 1; for class probabilities a
/// note that the darker shade means P ≥ 0.9.
struct ClassLegend {
    var classNames: [String]
    var field: DecisionField

    static let rowHeight = 22.0

    /// The legend's height in view-box units: a row per class and one for the boundary,
    /// plus the strip (44) or the note (22).
    var height: Double {
        let rows = Double(classNames.count + 1) * Self.rowHeight
        switch field.values {
        case .probability, .output: return rows + 44
        case .classProbabilities: return rows + 22
        case .classIndex, .classScores: return rows
        }
    }

    func node(left: Double, top: Double) -> Node {
        var rows: [Node] = []
        var y = top
        for (label, name) in classNames.enumerated() {
            rows.append(.element("rect", [
                "class": Palette.className(label), "x": PlotNumber.coordinate(left), "y": PlotNumber.coordinate(y),
                "width": "18", "height": "16", "fill": Palette.color(label), "fill-opacity": DecisionRegions.regionOpacity,
            ]))
            rows.append(.element("circle", [
                "class": Palette.className(label), "cx": PlotNumber.coordinate(left + 9),
                "cy": PlotNumber.coordinate(y + 8), "r": "3.6", "fill": Palette.color(label), "stroke": Palette.ink, "stroke-width": "0.7",
            ]))
            rows.append(.element("text", ["x": PlotNumber.coordinate(left + 26), "y": PlotNumber.coordinate(y + 12.5)],
                                 [.text(name)]))
            y += Self.rowHeight
        }
        var line = PathData()
        line.addPolyline([PixelPoint(left, y + 8), PixelPoint(left + 18, y + 8)])
        rows.append(.element("path", ["d": line.text, "stroke": Palette.ink, "stroke-width": "1.5", "fill": "none"]))
        let boundaryName: String
        switch field.values {
        case .probability: boundaryName = "P = 0.5"
        case .output(_, _, let threshold): boundaryName = "ŷ = " + PlotNumber.compact(threshold)
        case .classIndex, .classProbabilities, .classScores: boundaryName = "boundary"
        }
        rows.append(.element("text", ["x": PlotNumber.coordinate(left + 26), "y": PlotNumber.coordinate(y + 12.5)],
                             [.text(boundaryName)]))
        y += Self.rowHeight
        switch field.values {
        case .probability:
            rows += probabilityStrip(left: left, top: y + 8, heading: "P(" + (classNames.count > 1 ? classNames[1] : "class 1") + ")",
                                     ticks: ["0", "0.5", "1"])
        case .output(_, let range, let threshold):
            rows += probabilityStrip(left: left, top: y + 8, heading: "output ŷ",
                                     ticks: [range.lowerBound, threshold, range.upperBound].map { PlotNumber.compact($0) })
        case .classProbabilities:
            rows.append(.element("text", ["x": PlotNumber.coordinate(left), "y": PlotNumber.coordinate(y + 12.5)],
                                 [.text("darker: P ≥ 0.9")]))
        case .classIndex, .classScores:
            break
        }
        return .element("g", ["font-size": "12"], rows)
    }

    /// Ten 10-unit cells coloured like the bands under `heading`, with the values at the
    /// strip's start, middle (the threshold) and end under it.
    private func probabilityStrip(left: Double, top: Double, heading: String, ticks: [String]) -> [Node] {
        var nodes: [Node] = [.element("text", ["x": PlotNumber.coordinate(left), "y": PlotNumber.coordinate(top)],
                                      [.text(heading)])]
        for band in 0..<10 {
            let middle = (Double(band) + 0.5) / 10
            nodes.append(.element("rect", [
                "x": PlotNumber.coordinate(left + Double(band) * 10), "y": PlotNumber.coordinate(top + 6),
                "class": Palette.className(middle < 0.5 ? 0 : 1),
                "width": "10", "height": "12", "fill": Palette.color(middle < 0.5 ? 0 : 1),
                "fill-opacity": PlotNumber.fixed(0.06 + 0.8 * abs(middle - 0.5), decimals: 2),
            ]))
        }
        for (fraction, text) in zip([0.0, 0.5, 1.0], ticks) {
            nodes.append(.element("text", [
                "x": PlotNumber.coordinate(left + fraction * 100), "y": PlotNumber.coordinate(top + 32),
                "text-anchor": "middle",
            ], [.text(text)]))
        }
        return nodes
    }
}
