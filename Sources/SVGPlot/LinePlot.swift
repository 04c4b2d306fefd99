import Markup

/// A line chart (e.g. loss per epoch) with axes, 1-2-5 or decade ticks, an optional
/// log-scaled y axis, a legend when there are several series, and vertical markers.
///
/// Points that cannot be drawn (NaN, ±∞, and y ≤ 0 on a log axis) are skipped and
/// break the line there. A constant series or a single point still gets a sensible
/// axis (see ``Ticks/niceDomain(_:count:)`` and ``Ticks/logDomain(_:)``).
public struct LinePlot: Sendable {
    public var series: [Series]
    public var xLabel: String
    public var yLabel: String
    public var yScale: ScaleKind
    /// The accessible name (`<title>`), e.g. "Training loss".
    public var title: String
    /// The accessible description (`<desc>`); when `nil`, one is written from the data.
    public var description: String?
    public var markers: [VerticalMarker]

    public static let width = 480
    public static let height = 320

    public init(
        series: [Series], xLabel: String, yLabel: String, yScale: ScaleKind = .linear,
        title: String, description: String? = nil, markers: [VerticalMarker] = []
    ) {
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yScale = yScale
        self.title = title
        self.description = description
        self.markers = markers
    }

    /// The figure; `id` prefixes its internal ids.
    public func svg(id: String) -> Node {
        let area = PlotArea(left: 72, top: 14, width: Double(Self.width) - 72 - 28, height: Double(Self.height) - 16 - 60)
        let drawable = series.map { $0.points.filter { canShow($0) } }
        let allPoints = drawable.flatMap { $0 }
        let xs = allPoints.map(\.x)
        let ys = allPoints.map(\.y)
        // Whole-number x values (epochs) keep whole-number ticks.
        let xStep: Double = xs.allSatisfy { $0 == $0.rounded() } ? 1 : 0
        let xDomain = Ticks.niceDomain((xs.min() ?? 0)...(xs.max() ?? 1), minimumStep: xStep)
        let xScale = Scale(kind: .linear, domain: xDomain, pixelStart: area.left, pixelEnd: area.right)
        let yDomain: ClosedRange<Double>
        let yTicks: [Tick]
        switch yScale {
        case .linear:
            yDomain = Ticks.niceDomain((ys.min() ?? 0)...(ys.max() ?? 1))
            yTicks = Ticks.linear(in: yDomain)
        case .log:
            yDomain = Ticks.logDomain((ys.min() ?? 0.1)...(ys.max() ?? 1))
            yTicks = Ticks.log(in: yDomain)
        }
        let y = Scale(kind: yScale, domain: yDomain, pixelStart: area.bottom, pixelEnd: area.top)
        let axes = Axes(area: area, xScale: xScale, yScale: y, xTicks: Ticks.linear(in: xDomain, minimumStep: xStep),
                        yTicks: yTicks, xLabel: xLabel, yLabel: yLabel + (yScale == .log ? " (log scale)" : ""))
        var content = axes.gridNodes()
        content += markerNodes(xScale: xScale, area: area)
        for (index, line) in series.enumerated() {
            content.append(lineNode(line, index: index, xScale: xScale, yScale: y))
        }
        if allPoints.isEmpty {
            content.append(.element("text", [
                "x": PlotNumber.coordinate(area.left + area.width / 2),
                "y": PlotNumber.coordinate(area.top + area.height / 2), "text-anchor": "middle",
            ], [.text(yScale == .log ? "no positive finite values to show" : "no finite values to show")]))
        }
        content += axes.axisNodes()
        if series.count > 1 {
            content.append(legend(area: area, xScale: xScale, yScale: y))
        }
        return SVGDocument.root(id: id, width: Self.width, height: Self.height, title: title,
                                description: description ?? summary(), content: content)
    }

    private func canShow(_ point: DataPoint) -> Bool {
        point.x.isFinite && point.y.isFinite && (yScale == .linear || point.y > 0)
    }

    static let dashes = ["", "7 4", "2 3", "9 3 2 3"]

    private func strokeAttributes(index: Int) -> [Attribute] {
        var attributes = [Attribute("class", "nb-s\(index)"), Attribute("stroke", Palette.color(index))]
        let dash = Self.dashes[index % Self.dashes.count]
        if !dash.isEmpty { attributes.append(Attribute("stroke-dasharray", dash)) }
        return attributes
    }

    /// One `<path>` per series: each run of drawable points is a polyline,
    /// simplified within 0.25 units; a lone point becomes a dot.
    private func lineNode(_ line: Series, index: Int, xScale: Scale, yScale y: Scale) -> Node {
        var runs: [[PixelPoint]] = [[]]
        for point in line.points {
            if canShow(point) {
                runs[runs.count - 1].append(PixelPoint(xScale(point.x), y(point.y)))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        var path = PathData()
        var dots: [Node] = []
        for run in runs where !run.isEmpty {
            if run.count == 1 {
                dots.append(.element("circle", [
                    "cx": PlotNumber.coordinate(run[0].x), "cy": PlotNumber.coordinate(run[0].y), "r": "3",
                ]))
            } else {
                path.addPolyline(Simplification.polyline(run, tolerance: 0.25))
            }
        }
        var children: [Node] = []
        if !path.isEmpty {
            children.append(.element("path", attributes: [
                Attribute("d", path.text), Attribute("fill", "none"),
            ] + strokeAttributes(index: index) + [
                Attribute("stroke-width", "2"), Attribute("stroke-linejoin", "round"),
            ]))
        }
        if !dots.isEmpty {
            children.append(.element("g", ["class": Palette.className(index), "fill": Palette.color(index)], dots))
        }
        return .element("g", [:], children)
    }

    private func markerNodes(xScale: Scale, area: PlotArea) -> [Node] {
        markers.filter { $0.x.isFinite && xScale.domain.contains($0.x) }.map { marker in
            let x = xScale(marker.x)
            var path = PathData()
            path.addPolyline([PixelPoint(x, area.top), PixelPoint(x, area.bottom)])
            let nearRight = x > area.right - 120
            return .element("g", [:], [
                .element("path", ["d": path.text, "stroke": Palette.ink, "stroke-opacity": "0.6",
                                  "stroke-dasharray": "4 3", "fill": "none"]),
                .element("text", [
                    "x": PlotNumber.coordinate(nearRight ? x - 4 : x + 4),
                    // With a legend in a top corner, labels go to the bottom to stay clear of it.
                    "y": PlotNumber.coordinate(series.count > 1 ? area.bottom - 8 : area.top + 12),
                    "text-anchor": nearRight ? "end" : "start", "font-size": "12",
                ], [.text(marker.label)]),
            ])
        }
    }

    /// The legend, in whichever corner of the plot area covers the fewest data points
    /// (top right, then top left, bottom right, bottom left on ties), so a rising curve
    /// (accuracy) and a falling one (loss) both stay visible.
    private func legend(area: PlotArea, xScale: Scale, yScale y: Scale) -> Node {
        let rowHeight = 18.0
        let longest = series.map(\.name.count).max() ?? 0
        let boxWidth = 44 + Double(longest) * 7
        let boxHeight = 8 + Double(series.count) * rowHeight
        let corners = [
            PixelPoint(area.right - boxWidth, area.top), PixelPoint(area.left + 12, area.top),
            PixelPoint(area.right - boxWidth, area.bottom - boxHeight), PixelPoint(area.left + 12, area.bottom - boxHeight),
        ]
        let pixels = series.flatMap { $0.points.filter { canShow($0) } }.map { PixelPoint(xScale($0.x), y($0.y)) }
        let counts = corners.map { corner in
            pixels.filter { $0.x >= corner.x - 4 && $0.x <= corner.x + boxWidth && $0.y >= corner.y && $0.y <= corner.y + boxHeight }.count
        }
        let best = counts.indices.min { (counts[$0], $0) < (counts[$1], $1) } ?? 0
        let left = corners[best].x
        var rows: [Node] = []
        for (index, line) in series.enumerated() {
            let rowY = corners[best].y + 14 + Double(index) * rowHeight
            var sample = PathData()
            sample.addPolyline([PixelPoint(left, rowY), PixelPoint(left + 26, rowY)])
            rows.append(.element("path", attributes: [
                Attribute("d", sample.text), Attribute("fill", "none"),
            ] + strokeAttributes(index: index) + [Attribute("stroke-width", "2")]))
            rows.append(.element("text", ["x": PlotNumber.coordinate(left + 32), "y": PlotNumber.coordinate(rowY + 4)],
                                 [.text(line.name)]))
        }
        return .element("g", ["font-size": "12"], rows)
    }

    /// "loss: 0.69 at epoch 1, 1.2×10⁻⁸ at epoch 1000 (lowest 1.1×10⁻⁸ at epoch 990)."
    func summary() -> String {
        var parts: [String] = []
        for line in series {
            let points = line.points.filter { canShow($0) }
            guard let first = points.first, let last = points.last,
                  let lowest = points.min(by: { $0.y < $1.y }) else {
                parts.append("\(line.name): no values to show.")
                continue
            }
            func value(_ number: Double) -> String { PlotNumber.compact(number) }
            func position(_ number: Double) -> String { PlotNumber.typographic(PlotNumber.fixed(number, decimals: 3)) }
            parts.append("\(line.name): \(value(first.y)) at \(xLabel) \(position(first.x)), "
                + "\(value(last.y)) at \(xLabel) \(position(last.x)) "
                + "(lowest \(value(lowest.y)) at \(xLabel) \(position(lowest.x))).")
        }
        let scale = yScale == .log ? "log-scaled " : ""
        let hidden = series.map { $0.points.filter { !canShow($0) }.count }.reduce(0, +)
        if hidden > 0 {
            let reason = yScale == .log ? "not finite or not positive" : "not finite"
            parts.append("\(hidden) \(hidden == 1 ? "value is" : "values are") \(reason) and not drawn.")
        }
        return "Line chart of \(scale)\(yLabel) against \(xLabel). " + parts.joined(separator: " ")
    }
}
