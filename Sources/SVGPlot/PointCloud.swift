import Markup

/// Training points as small circles, one `<g>` per label carrying the colour, so each
/// circle is only its position: `<circle cx cy r/>` (one decimal).
/// The outline is `currentColor`, which contrasts with both the page and the regions.
struct PointCloud {
    var points: [LabeledPoint]
    var xScale: Scale
    var yScale: Scale
    var radius: Double?

    func nodes() -> [Node] {
        let inside = points.filter { $0.label >= 0 && xScale.domain.contains($0.x) && yScale.domain.contains($0.y) }
        guard let maxLabel = inside.map(\.label).max() else { return [] }
        let r = radius ?? (inside.count > 500 ? 2.6 : 3.6)
        let rText = PlotNumber.fixed(r, decimals: 1)
        return (0...maxLabel).compactMap { label in
            let circles = inside.filter { $0.label == label }.map { point -> Node in
                .element("circle", [
                    "cx": PlotNumber.coordinate(xScale(point.x)), "cy": PlotNumber.coordinate(yScale(point.y)), "r": rText,
                ])
            }
            guard !circles.isEmpty else { return nil }
            return .element("g", [
                "class": Palette.className(label), "fill": Palette.color(label), "stroke": Palette.ink, "stroke-width": "0.7", "stroke-opacity": "0.85",
            ], circles)
        }
    }
}
