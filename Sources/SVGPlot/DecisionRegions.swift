import Markup

/// The filled regions and boundary lines of a ``DecisionField`` inside a plot area.
///
/// Regions are merged vector shapes: for each class (or probability band) one
/// `<path fill-rule="evenodd">` made of marching-squares rings (see ``MarchingSquares``),
/// simplified within `tolerance` pixels. Never one rectangle per grid cell.
///
/// - `.classIndex`: class `c` fills `{ 1[class = c] ≥ ½ }`, so boundaries run midway
///   between differently classified samples, smoothed by ``CornerCutting`` (the raw
///   rings are staircases).
/// - `.probability`: ten (or five) bands `[k/10, (k+1)/10)`, each the set difference of two
///   level sets, tinted towards class 0 below ½ and class 1 above, opacity growing with
///   `|p − ½|`; the boundary is the `p = ½` line.
/// - `.classScores`: class `c` fills `{ s_c − max_{k≠c} s_k ≥ 0 }`, plain class regions.
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
        var boundary = BoundaryLines(columns: field.columns, rows: field.rows)
        switch field.values {
        case .classIndex(let classes):
            // Crossings of a 0/1 indicator all sit at cell midpoints: a staircase, smoothed by corner cutting.
            for label in 0..<field.classCount {
                let rings = contour(classes.map { $0 == label ? 1.0 : 0.0 }, level: 0.5).map {
                    CornerCutting.ring($0, columns: field.columns, rows: field.rows)
                }
                fills.append(fill(rings.map(simplified), label: label, opacity: Self.regionOpacity))
                boundary.add(rings)
            }
        case .probability(let probabilities):
            bands(probabilities, fills: &fills, boundary: &boundary)
        case .output(let outputs, let range, let threshold):
            bands(outputs.map { DecisionField.bandPosition($0, range: range, threshold: threshold) },
                  fills: &fills, boundary: &boundary)
        case .classScores(let scores):
            for label in 0..<field.classCount {
                let regionRings = contour(Self.margin(scores, of: label), level: 0)
                fills.append(fill(regionRings.map(simplified), label: label, opacity: Self.regionOpacity))
                boundary.add(regionRings)
            }
        case .classProbabilities(let probabilities):
            for label in 0..<field.classCount {
                let regionRings = contour(Self.margin(probabilities, of: label), level: 0)
                fills.append(fill(regionRings.map(simplified), label: label, opacity: "0.22"))
                fills.append(fill(contour(probabilities.map { $0[label] }, level: 0.9).map(simplified),
                                  label: label, opacity: "0.2"))
                boundary.add(regionRings)
            }
        }
        var result = fills.filter { $0 != .fragment([]) }
        var path = PathData()
        for run in boundary.runs {
            path.addPolyline(Simplification.polyline(run.map(pixel), tolerance: tolerance))
        }
        if !path.isEmpty {
            result.append(.element("path", [
                "d": path.text, "fill": "none", "stroke": Palette.ink, "stroke-width": boundaryWidth,
                "stroke-linejoin": "round", "stroke-linecap": "round",
            ]))
        }
        return result
    }

    /// Probability bands `[k/n, (k+1)/n)` and the `½` line (see the type's documentation).
    private func bands(_ probabilities: [Double], fills: inout [Node], boundary: inout BoundaryLines) {
        precondition(bandCount == 10 || bandCount == 5, "bands must include the 0.5 level")
        let levels = (1..<bandCount).map { Double($0) / Double(bandCount) }
        let levelRings = levels.map { contour(probabilities, level: $0) }
        let simplifiedRings = levelRings.map { $0.map(simplified) }
        for band in 0..<bandCount {
            let middle = (Double(band) + 0.5) / Double(bandCount)
            var bandRings = band == 0 ? [whole()] : simplifiedRings[band - 1]
            if band < bandCount - 1 { bandRings += simplifiedRings[band] }
            let opacity = PlotNumber.fixed(0.06 + 0.8 * abs(middle - 0.5), decimals: 2)
            fills.append(fill(bandRings, label: middle < 0.5 ? 0 : 1, opacity: opacity))
        }
        boundary.add(levelRings[bandCount / 2 - 1])
    }

    /// `s_c − max_{k≠c} s_k` at every point: where class `c` is ahead (≥ 0) of every other.
    static func margin(_ scores: [[Double]], of label: Int) -> [Double] {
        scores.map { row -> Double in
            var best = -Double.infinity
            for (other, s) in row.enumerated() where other != label { best = max(best, s) }
            return row[label] - best
        }
    }

    private func contour(_ values: [Double], level: Double) -> [ContourRing] {
        MarchingSquares.rings(values: values, columns: field.columns, rows: field.rows, level: level)
    }

    /// A ring in pixels, simplified; rings that collapse below three points are dropped by ``fill``.
    private func simplified(_ ring: ContourRing) -> [PixelPoint] {
        Simplification.ring(ring.points.map(pixel), tolerance: tolerance)
    }

    private func whole() -> [PixelPoint] {
        [PixelPoint(area.left, area.top), PixelPoint(area.right, area.top),
         PixelPoint(area.right, area.bottom), PixelPoint(area.left, area.bottom)]
    }

    private func fill(_ rings: [[PixelPoint]], label: Int, opacity: String) -> Node {
        var path = PathData()
        for ring in rings where ring.count >= 3 { path.addRing(ring) }
        guard !path.isEmpty else { return .fragment([]) }
        return .element("path", [
            "class": Palette.className(label), "d": path.text, "fill": Palette.color(label), "fill-opacity": opacity,
            "fill-rule": "evenodd",
        ])
    }
}

/// The boundary lines of several regions, each piece drawn once.
///
/// A ring's segments become open runs, leaving out segments along the grid's edge
/// (both ends on the same side of the frame) and segments already taken from another region's
/// ring: neighbouring regions share their boundary, crossing the same grid edges at the
/// same points, so a segment is recognised by its two ends (rounded to 10⁻⁶ grid units).
struct BoundaryLines {
    let columns: Int
    let rows: Int
    private(set) var runs: [[GridPoint]] = []
    private var seen: Set<SegmentKey> = []

    private struct SegmentKey: Hashable {
        var a: SIMD2<Int64>
        var b: SIMD2<Int64>
    }

    private static func rounded(_ point: GridPoint) -> SIMD2<Int64> {
        SIMD2(Int64((point.i * 1e6).rounded()), Int64((point.j * 1e6).rounded()))
    }

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Whether `a–b` runs along one side of the grid (`i = 0`, `i = columns − 1`, `j = 0` or `j = rows − 1`).
    private func isAlongFrame(_ a: GridPoint, _ b: GridPoint) -> Bool {
        let right = Double(columns - 1)
        let top = Double(rows - 1)
        return (a.i == 0 && b.i == 0) || (a.i == right && b.i == right) || (a.j == 0 && b.j == 0) || (a.j == top && b.j == top)
    }

    mutating func add(_ rings: [ContourRing]) {
        for ring in rings where ring.points.count >= 2 {
            var run: [GridPoint] = []
            let points = ring.points + [ring.points[0]]
            for index in 0..<(points.count - 1) {
                let a = points[index]
                let b = points[index + 1]
                let ka = Self.rounded(a)
                let kb = Self.rounded(b)
                let key = ka.x < kb.x || (ka.x == kb.x && ka.y <= kb.y) ? SegmentKey(a: ka, b: kb) : SegmentKey(a: kb, b: ka)
                let isNew = ka != kb && seen.insert(key).inserted
                if isAlongFrame(a, b) || !isNew {
                    if run.count >= 2 { runs.append(run) }
                    run = []
                } else {
                    if run.isEmpty { run.append(a) }
                    run.append(b)
                }
            }
            if run.count >= 2 { runs.append(run) }
        }
    }
}
