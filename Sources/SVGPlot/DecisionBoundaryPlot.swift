import Markup

/// A classifier's decision regions over a 2-D input plane, with the training points
/// coloured by label, a legend and axes.
///
/// The plot keeps equal units on both axes (a circle looks round) inside a box at most
/// 400 units tall and as wide as the 480-unit figure leaves beside the legend; the
/// figure's height then follows the plot (a wide, flat data range gives a short figure,
/// not a tall frame with empty space). Points outside the field's ranges are not drawn
/// (the description says how many). Regions are merged vector paths (see ``DecisionRegions``).
public struct DecisionBoundaryPlot: Sendable {
    public var field: DecisionField
    public var points: [LabeledPoint]
    public var classNames: [String]
    public var xLabel: String
    public var yLabel: String
    public var title: String
    public var description: String?

    public static let width = 480
    /// The tallest the plot area gets.
    public static let maxPlotHeight = 400.0

    public init(
        field: DecisionField, points: [LabeledPoint], classNames: [String],
        xLabel: String = "x₁", yLabel: String = "x₂", title: String, description: String? = nil
    ) {
        self.field = field
        self.points = points
        self.classNames = classNames
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.title = title
        self.description = description
    }

    /// The figure; `id` prefixes its internal ids.
    public func svg(id: String) -> Node {
        // The legend gets room for the longest class name (about 7 units per character at 13 px).
        let legendWidth = max(104, 34 + 7 * Double((names + ["P = 0.5", "output ŷ"]).map(\.count).max()!))
        let area = Self.plotArea(for: field, left: 64, top: 12, maxWidth: Double(Self.width) - 64 - 18 - legendWidth,
                                 maxHeight: Self.maxPlotHeight)
        let xScale = Scale(kind: .linear, domain: field.xRange, pixelStart: area.left, pixelEnd: area.right)
        let yScale = Scale(kind: .linear, domain: field.yRange, pixelStart: area.bottom, pixelEnd: area.top)
        let axes = Axes(area: area, xScale: xScale, yScale: yScale,
                        xTicks: Ticks.linear(in: field.xRange, count: 5), yTicks: Ticks.linear(in: field.yRange, count: 5),
                        xLabel: xLabel, yLabel: yLabel, showsGrid: false)
        var content = DecisionRegions(field: field, area: area).nodes()
        content += PointCloud(points: points, xScale: xScale, yScale: yScale).nodes()
        content += axes.axisNodes()
        let legend = ClassLegend(classNames: names, field: field)
        content.append(legend.node(left: area.right + 18, top: area.top + 4))
        let height = Int(max(area.bottom + 50, area.top + 4 + legend.height + 8).rounded(.up))
        return SVGDocument.root(id: id, width: Self.width, height: height, title: title,
                                description: description ?? summary(), content: content)
    }

    /// Class names, padded with "class k" where the caller gave fewer than the field has.
    var names: [String] {
        let count = max(field.classCount, (points.map(\.label).max() ?? 0) + 1)
        return (0..<count).map { $0 < classNames.count ? classNames[$0] : "class \($0)" }
    }

    /// The largest area of the field's aspect ratio (equal units on both axes) in the box.
    static func plotArea(for field: DecisionField, left: Double, top: Double, maxWidth: Double, maxHeight: Double) -> PlotArea {
        let aspect = (field.xRange.upperBound - field.xRange.lowerBound) / (field.yRange.upperBound - field.yRange.lowerBound)
        if aspect >= maxWidth / maxHeight {
            return PlotArea(left: left, top: top, width: maxWidth, height: maxWidth / aspect)
        }
        return PlotArea(left: left, top: top, width: maxHeight * aspect, height: maxHeight)
    }

    func summary() -> String {
        let shown = points.filter { field.xRange.contains($0.x) && field.yRange.contains($0.y) }
        let counts = names.enumerated().map { label, name in
            "\(name): \(shown.filter { $0.label == label }.count)"
        }
        var text = "Decision regions of a classifier over \(xLabel) from \(PlotNumber.fixed(field.xRange.lowerBound, decimals: 3)) "
            + "to \(PlotNumber.fixed(field.xRange.upperBound, decimals: 3)) and \(yLabel) from "
            + "\(PlotNumber.fixed(field.yRange.lowerBound, decimals: 3)) to \(PlotNumber.fixed(field.yRange.upperBound, decimals: 3)), "
            + "shaded by predicted class, with \(shown.count) training points coloured by label (\(counts.joined(separator: ", ")))."
        if shown.count < points.count {
            text += " \(points.count - shown.count) points outside the plotted range are not shown."
        }
        return text
    }
}
