import Markup

/// The filled regions and boundary lines of a ``DecisionField`` inside a plot area.
///
/// Regions are merged vector shapes: for each class (or probability band) one
/// `<path fill-rule="evenodd">` made of marching-squares rings (see ``MarchingSquares``),
/// simplified within `tolerance` pixels. Never one rectangle per grid cell.
///
/// - `.classIndex`: class `c` fills `{ 1[class = c] ≥ ½ }`, so boundaries run midway
///   between differently classified samples.
/// - `.probability`: ten (or five) bands `[k/10, (k+1)/10)`, each the set difference of two
///   level sets, tinted towards class 0 below ½ and class 1 above, opacity growing with
///   `|p − ½|`; the boundary is the `p = ½` line.
/// - `.classProbabilities`: class `c` fills `{ p_c − max_{k≠c} p_k ≥ 0 }` (where it is the
///   most probable class) and again, darker, `{ p_c ≥ 0.9 }` (confident).
struct DecisionRegions {
    var field: DecisionField
    var area: PlotArea
    var tolerance = 0.3
    /// Probability bands for `.probability`: `[k/n, (k+1)/n)` for `k < n` (n = 10 or 5).
    var bandCount = 10

    static let regionOpacity = "0.28"

    func pixel(_ point: GridPoint) -> PixelPoint {
        PixelPoint(area.left + point.i / Double(field.columns - 1) * area.width,
                   area.bottom - point.j / Double(field.rows - 1) * area.height)
    }

    /// Region fills first, then the boundary line.
    func nodes(boundaryWidth: String = "1.5") -> [Node] {
        var fills: [Node] = []
        var boundary = PathData()
        switch field.values {
        case .classIndex(let classes):
            for label in 0..<field.classCount {
                let rings = rings(of: classes.map { $0 == label ? 1.0 : 0.0 }, level: 0.5)
                fills.append(fill(rings, color: Palette.color(label), opacity: Self.regionOpacity))
                addBoundary(rings, to: &boundary)
            }
        case .probability(let probabilities):
            precondition(bandCount == 10 || bandCount == 5, "bands must include the 0.5 level")
            let levels = (1..<bandCount).map { Double($0) / Double(bandCount) }
            let levelRings = levels.map { rings(of: probabilities, level: $0) }
            for band in 0..<bandCount {
                let middle = (Double(band) + 0.5) / Double(bandCount)
                var bandRings = band == 0 ? [whole()] : levelRings[band - 1]
                if band < bandCount - 1 { bandRings += levelRings[band] }
                let opacity = PlotNumber.fixed(0.06 + 0.8 * abs(middle - 0.5), decimals: 2)
                fills.append(fill(bandRings, color: Palette.color(middle < 0.5 ? 0 : 1), opacity: opacity))
            }
            addBoundary(levelRings[bandCount / 2 - 1], to: &boundary)
        case .classProbabilities(let probabilities):
            for label in 0..<field.classCount {
                let margin = probabilities.map { row -> Double in
                    var best = -Double.infinity
                    for (other, p) in row.enumerated() where other != label { best = max(best, p) }
                    return row[label] - best
                }
                let regionRings = rings(of: margin, level: 0)
                fills.append(fill(regionRings, color: Palette.color(label), opacity: "0.22"))
                fills.append(fill(rings(of: probabilities.map { $0[label] }, level: 0.9),
                                  color: Palette.color(label), opacity: "0.2"))
                addBoundary(regionRings, to: &boundary)
            }
        }
        var result = fills.filter { $0 != .fragment([]) }
        if !boundary.isEmpty {
            result.append(.element("path", [
                "d": boundary.text, "fill": "none", "stroke": Palette.ink, "stroke-width": boundaryWidth,
                "stroke-linejoin": "round", "stroke-linecap": "round",
            ]))
        }
        return result
    }

    private func rings(of values: [Double], level: Double) -> [[PixelPoint]] {
        MarchingSquares.rings(values: values, columns: field.columns, rows: field.rows, level: level)
            .map { ring in Simplification.ring(ring.points.map(pixel), tolerance: tolerance) }
            .filter { $0.count >= 3 }
    }

    private func whole() -> [PixelPoint] {
        [PixelPoint(area.left, area.top), PixelPoint(area.right, area.top),
         PixelPoint(area.right, area.bottom), PixelPoint(area.left, area.bottom)]
    }

    private func fill(_ rings: [[PixelPoint]], color: String, opacity: String) -> Node {
        var path = PathData()
        for ring in rings { path.addRing(ring) }
        guard !path.isEmpty else { return .fragment([]) }
        return .element("path", ["d": path.text, "fill": color, "fill-opacity": opacity, "fill-rule": "evenodd"])
    }

    /// The parts of each ring that are true level crossings (not the grid's edge).
    private func addBoundary(_ rings: [[PixelPoint]], to path: inout PathData) {
        for ring in rings {
            var run: [PixelPoint] = []
            let closed = ring + [ring[0]]
            for index in 0..<(closed.count - 1) {
                let a = closed[index]
                let b = closed[index + 1]
                if isOnFrame(a, b) {
                    path.addPolyline(run)
                    run = []
                } else {
                    if run.isEmpty { run.append(a) }
                    run.append(b)
                }
            }
            path.addPolyline(run)
        }
    }

    /// Whether the segment `a–b` runs along one side of the plot area.
    private func isOnFrame(_ a: PixelPoint, _ b: PixelPoint) -> Bool {
        let epsilon = 0.01
        func near(_ u: Double, _ v: Double) -> Bool { abs(u - v) < epsilon }
        return (near(a.x, area.left) && near(b.x, area.left)) || (near(a.x, area.right) && near(b.x, area.right))
            || (near(a.y, area.top) && near(b.y, area.top)) || (near(a.y, area.bottom) && near(b.y, area.bottom))
    }
}
