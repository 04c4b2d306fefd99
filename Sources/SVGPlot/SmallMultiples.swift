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
/// Panels share the view-box width of 480 (54 units of it for the shared y axis): each is
/// `(480 − 64 − 14·(columns − 1)) / columns` units wide, with fewer columns than asked
/// when a panel would get a side under ``minimumPanelSide``; the left column carries the
/// y tick labels and the bottom panels the x tick labels (shared axes). Each panel draws
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

    public static let width = 480

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

    static let gap = 14.0
    static let titleHeight = 18.0
    /// Room left of the grid for the shared y tick labels and the y axis name.
    static let leftMargin = 54.0
    static let rightMargin = 10.0
    /// Room under the bottom panels for the x tick labels.
    static let tickLabelHeight = 18.0
    /// No panel side is drawn smaller than this (view-box units): on a 390 px phone
    /// that is about 80 CSS px.
    static let minimumPanelSide = 105.0

    /// The columns used: at most `columns`, and fewer when panels would get a side
    /// under ``minimumPanelSide`` (a wide, flat data range gives short panels).
    func columnCount() -> Int {
        var count = max(1, min(columns, panels.count))
        let aspect = panels.first.map { field in
            (field.field.xRange.upperBound - field.field.xRange.lowerBound) / (field.field.yRange.upperBound - field.field.yRange.lowerBound)
        } ?? 1
        while count > 1 {
            let cell = Self.cellWidth(columns: count)
            if min(cell, cell / max(aspect, 1e-9)) >= Self.minimumPanelSide { break }
            count -= 1
        }
        return count
    }

    static func cellWidth(columns: Int) -> Double {
        (Double(width) - leftMargin - rightMargin - gap * Double(columns - 1)) / Double(columns)
    }

    /// The figure; `id` prefixes its internal ids. Panels in the left column carry the
    /// shared y tick labels, panels with none below them the x tick labels.
    public func svg(id: String) -> Node {
        let columnCount = columnCount()
        let cell = Self.cellWidth(columns: columnCount)
        var content: [Node] = []
        var y = 4.0
        var rowHeight = 0.0
        for (index, panel) in panels.enumerated() {
            let column = index % columnCount
            if column == 0 && index > 0 {
                y += rowHeight
                rowHeight = 0
            }
            let left = Self.leftMargin + Double(column) * (cell + Self.gap)
            let area = DecisionBoundaryPlot.plotArea(for: panel.field, left: left, top: y + Self.titleHeight,
                                                     maxWidth: cell, maxHeight: cell)
            let showsX = index + columnCount >= panels.count
            rowHeight = max(rowHeight, Self.titleHeight + area.height + (showsX ? Self.tickLabelHeight : 0) + Self.gap)
            content.append(panelNode(panel, area: area, showsX: showsX, showsY: column == 0))
        }
        if let first = panels.first {
            let gridBottom = y + rowHeight - Self.gap
            content.append(.element("text", [
                "x": PlotNumber.coordinate(Self.leftMargin + (Double(width(columns: columnCount)) / 2)),
                "y": PlotNumber.coordinate(gridBottom + 14), "text-anchor": "middle",
            ], [.text(xLabel)]))
            let centerY = PlotNumber.coordinate(4 + (gridBottom - 4) / 2)
            content.append(.element("text", [
                "x": "14", "y": centerY, "text-anchor": "middle", "transform": "rotate(-90 14 \(centerY))",
            ], [.text(yLabel)]))
            _ = first
            y = gridBottom + 26
        }
        let names = (0..<max(classNames.count, panels.map(\.field.classCount).max() ?? 2)).map {
            $0 < classNames.count ? classNames[$0] : "class \($0)"
        }
        content.append(legend(names: names, top: y))
        let height = Int((y + 22).rounded(.up))
        return SVGDocument.root(id: id, width: Self.width, height: height, title: title,
                                description: description ?? summary(names: names), content: content)
    }

    private func width(columns: Int) -> Int {
        Int(Self.cellWidth(columns: columns) * Double(columns) + Self.gap * Double(columns - 1))
    }

    private func panelNode(_ panel: DecisionPanel, area: PlotArea, showsX: Bool, showsY: Bool) -> Node {
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
            "x": PlotNumber.coordinate(area.left + area.width / 2), "y": PlotNumber.coordinate(area.top - 5),
            "text-anchor": "middle",
        ], [.text(panel.title)]))
        var ticks = PathData()
        var labels: [Node] = []
        if showsX {
            for tick in Ticks.linear(in: panel.field.xRange, count: 3) where !tick.label.isEmpty {
                let x = xScale(tick.value)
                ticks.addPolyline([PixelPoint(x, area.bottom), PixelPoint(x, area.bottom + 4)])
                labels.append(.element("text", ["x": PlotNumber.coordinate(x), "y": PlotNumber.coordinate(area.bottom + 16),
                                                "text-anchor": "middle"], [.text(tick.label)]))
            }
        }
        if showsY {
            for tick in Ticks.linear(in: panel.field.yRange, count: 3) where !tick.label.isEmpty {
                let y = yScale(tick.value)
                ticks.addPolyline([PixelPoint(area.left, y), PixelPoint(area.left - 4, y)])
                labels.append(.element("text", ["x": PlotNumber.coordinate(area.left - 6), "y": PlotNumber.coordinate(y + 4),
                                                "text-anchor": "end"], [.text(tick.label)]))
            }
        }
        if !ticks.isEmpty {
            children.append(.element("path", ["d": ticks.text, "stroke": Palette.ink, "stroke-width": "1", "fill": "none"]))
        }
        children += labels
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
        var x = Self.leftMargin
        for (label, name) in names.enumerated() {
            nodes.append(.element("rect", [
                "class": Palette.className(label), "x": PlotNumber.coordinate(x), "y": PlotNumber.coordinate(top),
                "width": "18", "height": "14", "fill": Palette.color(label), "fill-opacity": DecisionRegions.regionOpacity,
            ]))
            nodes.append(.element("circle", [
                "class": Palette.className(label), "cx": PlotNumber.coordinate(x + 9), "cy": PlotNumber.coordinate(top + 7),
                "r": "3", "fill": Palette.color(label), "stroke": Palette.ink, "stroke-width": "0.7",
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
            + (rangeNote().map { " " + $0 } ?? "")
    }
}
