import Markup

/// One panel of ``SmallMultiples``: the decision field at one moment of training.
public struct DecisionPanel: Sendable, Equatable {
    /// Shown above the panel, e.g. "epoch 1000".
    public var title: String
    public var field: DecisionField
    public var points: [LabeledPoint]

    public init(title: String, field: DecisionField, points: [LabeledPoint]) {
        self.title = title
        self.field = field
        self.points = points
    }
}

/// Decision boundaries across training as a grid of small panels in one SVG, with one
/// shared legend underneath.
///
/// Panels share the view-box width of 640: each is `(640 − 16·(columns + 1)) / columns`
/// units wide, without tick labels (the description gives the ranges). Each panel draws
/// at most `maxPointsPerPanel` points (every k-th, in order) to keep the file small.
public struct SmallMultiples: Sendable {
    public var panels: [DecisionPanel]
    public var classNames: [String]
    public var columns: Int
    public var title: String
    public var description: String?
    public var maxPointsPerPanel: Int
    public var xLabel: String
    public var yLabel: String

    public static let width = 640

    public init(
        panels: [DecisionPanel], classNames: [String], columns: Int = 3, title: String,
        description: String? = nil, maxPointsPerPanel: Int = 150, xLabel: String = "x₁", yLabel: String = "x₂"
    ) {
        precondition(columns >= 1 && maxPointsPerPanel >= 0)
        self.panels = panels
        self.classNames = classNames
        self.columns = columns
        self.title = title
        self.description = description
        self.maxPointsPerPanel = maxPointsPerPanel
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    static let gap = 16.0
    static let titleHeight = 20.0

    /// The figure; `id` prefixes its internal ids.
    public func svg(id: String) -> Node {
        let columnCount = max(1, min(columns, panels.count))
        let cell = (Double(Self.width) - Self.gap * Double(columnCount + 1)) / Double(columnCount)
        var content: [Node] = []
        var y = Self.gap / 2
        var rowHeight = 0.0
        for (index, panel) in panels.enumerated() {
            let column = index % columnCount
            if column == 0 && index > 0 {
                y += rowHeight
                rowHeight = 0
            }
            let left = Self.gap + Double(column) * (cell + Self.gap)
            let area = DecisionBoundaryPlot.plotArea(for: panel.field, left: left, top: y + Self.titleHeight,
                                                     maxWidth: cell, maxHeight: cell)
            rowHeight = max(rowHeight, Self.titleHeight + area.height + Self.gap)
            content.append(panelNode(panel, area: area))
        }
        y += rowHeight
        let names = (0..<max(classNames.count, panels.map(\.field.classCount).max() ?? 2)).map {
            $0 < classNames.count ? classNames[$0] : "class \($0)"
        }
        content.append(legend(names: names, top: y))
        if let note = rangeNote() {
            content.append(.element("text", [
                "x": PlotNumber.coordinate(Self.gap), "y": PlotNumber.coordinate(y + 34), "font-size": "11",
            ], [.text(note)]))
            y += 20
        }
        let height = Int((y + 28).rounded(.up))
        return SVGDocument.root(id: id, width: Self.width, height: height, title: title,
                                description: description ?? summary(names: names), content: content)
    }

    private func panelNode(_ panel: DecisionPanel, area: PlotArea) -> Node {
        let xScale = Scale(kind: .linear, domain: panel.field.xRange, pixelStart: area.left, pixelEnd: area.right)
        let yScale = Scale(kind: .linear, domain: panel.field.yRange, pixelStart: area.bottom, pixelEnd: area.top)
        let stride = max(1, (panel.points.count + maxPointsPerPanel - 1) / max(1, maxPointsPerPanel))
        let points = maxPointsPerPanel == 0 ? [] : panel.points.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        var children = DecisionRegions(field: panel.field, area: area, tolerance: 0.4, bandCount: 5).nodes(boundaryWidth: "1.2")
        children += PointCloud(points: points, xScale: xScale, yScale: yScale, radius: 2).nodes()
        children.append(.element("rect", [
            "x": PlotNumber.coordinate(area.left), "y": PlotNumber.coordinate(area.top),
            "width": PlotNumber.coordinate(area.width), "height": PlotNumber.coordinate(area.height),
            "fill": "none", "stroke": Palette.ink, "stroke-width": "1",
        ]))
        children.append(.element("text", [
            "x": PlotNumber.coordinate(area.left + area.width / 2), "y": PlotNumber.coordinate(area.top - 6),
            "text-anchor": "middle",
        ], [.text(panel.title)]))
        return .element("g", [:], children)
    }

    /// "Each panel shows x₁ ∈ [−1.5, 1.5], x₂ ∈ [−1.5, 1.5]." when every panel covers the same
    /// ranges (panels carry no tick labels); nil otherwise.
    func rangeNote() -> String? {
        guard let first = panels.first,
              panels.allSatisfy({ $0.field.xRange == first.field.xRange && $0.field.yRange == first.field.yRange }) else {
            return nil
        }
        func range(_ interval: ClosedRange<Double>) -> String {
            "[" + PlotNumber.compact(interval.lowerBound) + ", " + PlotNumber.compact(interval.upperBound) + "]"
        }
        return "Each panel shows \(xLabel) ∈ \(range(first.field.xRange)), \(yLabel) ∈ \(range(first.field.yRange))."
    }

    private func legend(names: [String], top: Double) -> Node {
        var nodes: [Node] = []
        var x = Self.gap
        for (label, name) in names.enumerated() {
            nodes.append(.element("rect", [
                "x": PlotNumber.coordinate(x), "y": PlotNumber.coordinate(top), "width": "18", "height": "14",
                "fill": Palette.color(label), "fill-opacity": DecisionRegions.regionOpacity,
            ]))
            nodes.append(.element("circle", [
                "cx": PlotNumber.coordinate(x + 9), "cy": PlotNumber.coordinate(top + 7), "r": "3",
                "fill": Palette.color(label), "stroke": Palette.ink, "stroke-width": "0.7",
            ]))
            nodes.append(.element("text", ["x": PlotNumber.coordinate(x + 24), "y": PlotNumber.coordinate(top + 11.5)],
                                  [.text(name)]))
            x += 24 + Double(name.count) * 7 + 20
        }
        var line = PathData()
        line.addPolyline([PixelPoint(x, top + 7), PixelPoint(x + 18, top + 7)])
        nodes.append(.element("path", ["d": line.text, "stroke": Palette.ink, "stroke-width": "1.5", "fill": "none"]))
        nodes.append(.element("text", ["x": PlotNumber.coordinate(x + 24), "y": PlotNumber.coordinate(top + 11.5)],
                              [.text("decision boundary")]))
        return .element("g", ["font-size": "12"], nodes)
    }

    private func summary(names: [String]) -> String {
        guard let first = panels.first else { return "No panels." }
        let range = "\(PlotNumber.fixed(first.field.xRange.lowerBound, decimals: 3))…\(PlotNumber.fixed(first.field.xRange.upperBound, decimals: 3))"
            + " × \(PlotNumber.fixed(first.field.yRange.lowerBound, decimals: 3))…\(PlotNumber.fixed(first.field.yRange.upperBound, decimals: 3))"
        return "\(panels.count) decision-region panels (\(panels.map(\.title).joined(separator: ", "))) over \(range), "
            + "shaded by predicted class (\(names.joined(separator: ", "))), with training points coloured by label."
    }
}
