import Markup

/// A classifier's decision regions over a 2-D input plane, with the training points
/// coloured by label, a legend and axes.
///
/// The plot keeps equal units on both axes (a circle looks round) inside a
/// 420 × 400 box (narrower when long class names need a wider legend). Points outside
/// the field's ranges are not drawn (the description says how many). Regions are merged vector paths (see ``DecisionRegions``).
public struct DecisionBoundaryPlot: Sendable {
    public var field: DecisionField
    public var points: [LabeledPoint]
    public var classNames: [String]
    public var xLabel: String
    public var yLabel: String
    public var title: String
    public var description: String?

    public static let width = 640
    public static let height = 480

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
        let legendWidth = max(110, 34 + 7 * Double((names + ["P = 0.5"]).map(\.count).max()!))
        let area = Self.plotArea(for: field, left: 64, top: 16, maxWidth: min(420, Double(Self.width) - 64 - 24 - legendWidth),
                                 maxHeight: 400)
        let xScale = Scale(kind: .linear, domain: field.xRange, pixelStart: area.left, pixelEnd: area.right)
        let yScale = Scale(kind: .linear, domain: field.yRange, pixelStart: area.bottom, pixelEnd: area.top)
        let axes = Axes(area: area, xScale: xScale, yScale: yScale,
                        xTicks: Ticks.linear(in: field.xRange, count: 5), yTicks: Ticks.linear(in: field.yRange, count: 5),
                        xLabel: xLabel, yLabel: yLabel, showsGrid: false)
        var content = DecisionRegions(field: field, area: area).nodes()
        content += PointCloud(points: points, xScale: xScale, yScale: yScale).nodes()
        content += axes.axisNodes()
        content.append(ClassLegend(classNames: names, field: field).node(left: area.right + 24, top: area.top + 4))
        return SVGDocument.root(id: id, width: Self.width, height: Self.height, title: title,
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
