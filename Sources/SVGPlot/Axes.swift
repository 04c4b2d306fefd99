import Markup

/// Axis lines, tick marks, tick labels, light grid lines and axis titles.
///
/// Everything is drawn in `currentColor`: one `<path>` for the axis lines and tick
/// marks, one faint `<path>` for the grid, and `<text>` for the labels.
struct Axes {
    var area: PlotArea
    var xScale: Scale
    var yScale: Scale
    var xTicks: [Tick]
    var yTicks: [Tick]
    var xLabel: String
    var yLabel: String
    /// Whether faint grid lines are drawn at major ticks.
    var showsGrid = true

    static let tickLength = 5.0

    /// The grid lines, to be drawn under the data.
    func gridNodes() -> [Node] {
        guard showsGrid else { return [] }
        var grid = PathData()
        for tick in xTicks where !tick.label.isEmpty && isInside(xScale(tick.value), area.left, area.right) {
            let x = xScale(tick.value)
            grid.addPolyline([PixelPoint(x, area.top), PixelPoint(x, area.bottom)])
        }
        for tick in yTicks where !tick.label.isEmpty && isInside(yScale(tick.value), area.top, area.bottom) {
            let y = yScale(tick.value)
            grid.addPolyline([PixelPoint(area.left, y), PixelPoint(area.right, y)])
        }
        guard !grid.isEmpty else { return [] }
        return [.element("path", [
            "class": "nb-grid", "d": grid.text, "fill": "none", "stroke": Palette.ink, "stroke-opacity": "0.12", "stroke-width": "1",
        ])]
    }

    /// Axis lines, ticks and labels, to be drawn over the data.
    func axisNodes() -> [Node] {
        var lines = PathData()
        lines.addPolyline([
            PixelPoint(area.left, area.top), PixelPoint(area.left, area.bottom), PixelPoint(area.right, area.bottom),
        ])
        var labels: [Node] = []
        var xLabels: [Node] = []
        for tick in xTicks {
            let x = xScale(tick.value)
            guard isInside(x, area.left, area.right) else { continue }
            let length = tick.label.isEmpty ? Self.tickLength * 0.6 : Self.tickLength
            lines.addPolyline([PixelPoint(x, area.bottom), PixelPoint(x, area.bottom + length)])
            if !tick.label.isEmpty {
                xLabels.append(text(tick.label, x: x, y: area.bottom + Self.tickLength + 14))
            }
        }
        var yLabels: [Node] = []
        for tick in yTicks {
            let y = yScale(tick.value)
            guard isInside(y, area.top, area.bottom) else { continue }
            let length = tick.label.isEmpty ? Self.tickLength * 0.6 : Self.tickLength
            lines.addPolyline([PixelPoint(area.left, y), PixelPoint(area.left - length, y)])
            if !tick.label.isEmpty {
                yLabels.append(text(tick.label, x: area.left - Self.tickLength - 4, y: y + 4))
            }
        }
        labels.append(.element("g", ["text-anchor": "middle", "font-size": "12"], xLabels))
        labels.append(.element("g", ["text-anchor": "end", "font-size": "12"], yLabels))
        if !xLabel.isEmpty {
            labels.append(.element("text", [
                "x": PlotNumber.coordinate(area.left + area.width / 2),
                "y": PlotNumber.coordinate(area.bottom + Self.tickLength + 36),
                "text-anchor": "middle",
            ], [.text(xLabel)]))
        }
        if !yLabel.isEmpty {
            let x = PlotNumber.coordinate(area.left - 50)
            let y = PlotNumber.coordinate(area.top + area.height / 2)
            labels.append(.element("text", [
                "x": x, "y": y, "text-anchor": "middle", "transform": "rotate(-90 \(x) \(y))",
            ], [.text(yLabel)]))
        }
        return [.element("path", [
            "d": lines.text, "fill": "none", "stroke": Palette.ink, "stroke-width": "1", "stroke-linecap": "square",
        ])] + labels
    }

    private func text(_ string: String, x: Double, y: Double) -> Node {
        .element("text", ["x": PlotNumber.coordinate(x), "y": PlotNumber.coordinate(y)], [.text(string)])
    }

    private func isInside(_ value: Double, _ a: Double, _ b: Double) -> Bool {
        value >= min(a, b) - 0.5 && value <= max(a, b) + 0.5
    }
}
