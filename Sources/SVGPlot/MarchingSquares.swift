/// A closed contour ring in grid coordinates (`i` along x, `j` along y, both from 0).
struct ContourRing: Sendable, Equatable {
    var points: [GridPoint]
}

/// A point in grid coordinates; `onBorder` marks points that lie on the edge of the grid
/// because the region runs into it (not on a true level crossing).
struct GridPoint: Sendable, Equatable {
    var i: Double
    var j: Double
    var onBorder: Bool
}

/// Marching squares: the closed rings bounding `{ f ≥ level }` on a sampled grid.
///
/// The grid is padded with one ring of "outside" samples, so every region that
/// touches the edge of the grid is closed along that edge (its points there are
/// flagged ``GridPoint/onBorder`` and sit exactly on the border samples). On an edge
/// between samples `a` (inside) and `b` (outside) the crossing is at
/// `a + t·(b − a)` with `t = (level − f(a)) / (f(b) − f(a))`. Saddle cells are resolved
/// by the mean of the four corners (inside when the mean is ≥ level).
/// Rings of one level never cross; nested rings are holes, so they are drawn with
/// `fill-rule="evenodd"`. NaN samples count as outside.
enum MarchingSquares {
    /// `values[j * columns + i]` is f at grid point `(i, j)`.
    static func rings(values: [Double], columns: Int, rows: Int, level: Double) -> [ContourRing] {
        precondition(columns >= 1 && rows >= 1 && values.count == columns * rows)
        let grid = PaddedGrid(values: values, columns: columns, rows: rows, level: level)
        var segments: [(Int, Int)] = []
        var segmentsAtEdge: [Int: [Int]] = [:]
        var crossings: [Int: GridPoint] = [:]

        func connect(_ first: Int, _ second: Int) {
            segmentsAtEdge[first, default: []].append(segments.count)
            segmentsAtEdge[second, default: []].append(segments.count)
            segments.append((first, second))
        }

        for cellJ in 0..<(grid.height - 1) {
            for cellI in 0..<(grid.width - 1) {
                let code = (grid.isInside(cellI, cellJ) ? 1 : 0)
                    | (grid.isInside(cellI + 1, cellJ) ? 2 : 0)
                    | (grid.isInside(cellI + 1, cellJ + 1) ? 4 : 0)
                    | (grid.isInside(cellI, cellJ + 1) ? 8 : 0)
                if code == 0 || code == 15 { continue }
                // Edges of this cell: 0 bottom, 1 right, 2 top, 3 left.
                let edges = [
                    grid.horizontalEdge(cellI, cellJ), grid.verticalEdge(cellI + 1, cellJ),
                    grid.horizontalEdge(cellI, cellJ + 1), grid.verticalEdge(cellI, cellJ),
                ]
                for pair in Self.segmentTable(code: code, centreInside: grid.isCentreInside(cellI, cellJ)) {
                    for edge in [edges[pair.0], edges[pair.1]] where crossings[edge] == nil {
                        crossings[edge] = grid.crossing(onEdge: edge)
                    }
                    connect(edges[pair.0], edges[pair.1])
                }
            }
        }

        var visited = [Bool](repeating: false, count: segments.count)
        var rings: [ContourRing] = []
        for start in segments.indices where !visited[start] {
            visited[start] = true
            var points = [crossings[segments[start].0]!]
            var edge = segments[start].1
            var current = start
            while true {
                guard let next = segmentsAtEdge[edge]!.first(where: { $0 != current }), !visited[next] else { break }
                points.append(crossings[edge]!)
                visited[next] = true
                current = next
                edge = segments[next].0 == edge ? segments[next].1 : segments[next].0
            }
            if edge != segments[start].0 { points.append(crossings[edge]!) }
            rings.append(ContourRing(points: points))
        }
        return rings
    }

    /// Which cell edges each contour segment joins, for a corner code
    /// (bit 1 bottom-left, 2 bottom-right, 4 top-right, 8 top-left inside).
    static func segmentTable(code: Int, centreInside: Bool) -> [(Int, Int)] {
        switch code {
        case 1, 14: return [(3, 0)]
        case 2, 13: return [(0, 1)]
        case 3, 12: return [(3, 1)]
        case 4, 11: return [(1, 2)]
        case 6, 9: return [(0, 2)]
        case 7, 8: return [(2, 3)]
        case 5: return centreInside ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
        case 10: return centreInside ? [(3, 0), (1, 2)] : [(0, 1), (2, 3)]
        default: return []
        }
    }
}

/// The sampled grid with a ring of outside padding; padded index `(p, q)` is grid `(p − 1, q − 1)`.
private struct PaddedGrid {
    let values: [Double]
    let columns: Int
    let rows: Int
    let level: Double
    var width: Int { columns + 2 }
    var height: Int { rows + 2 }

    func isPadding(_ p: Int, _ q: Int) -> Bool {
        p == 0 || q == 0 || p == width - 1 || q == height - 1
    }

    func value(_ p: Int, _ q: Int) -> Double {
        values[(q - 1) * columns + (p - 1)]
    }

    func isInside(_ p: Int, _ q: Int) -> Bool {
        !isPadding(p, q) && value(p, q) >= level
    }

    func isCentreInside(_ p: Int, _ q: Int) -> Bool {
        guard !isPadding(p, q), !isPadding(p + 1, q + 1) else { return false }
        let mean = (value(p, q) + value(p + 1, q) + value(p + 1, q + 1) + value(p, q + 1)) / 4
        return mean >= level
    }

    /// Edge keys: `2·(q·width + p)` for the edge from `(p, q)` to `(p + 1, q)`, plus one for `(p, q)`–`(p, q + 1)`.
    func horizontalEdge(_ p: Int, _ q: Int) -> Int { 2 * (q * width + p) }
    func verticalEdge(_ p: Int, _ q: Int) -> Int { 2 * (q * width + p) + 1 }

    func crossing(onEdge edge: Int) -> GridPoint {
        let start = edge / 2
        let p = start % width
        let q = start / width
        let (p2, q2) = edge % 2 == 0 ? (p + 1, q) : (p, q + 1)
        if isPadding(p, q) || isPadding(p2, q2) {
            let (rp, rq) = isPadding(p, q) ? (p2, q2) : (p, q)
            return GridPoint(i: Double(rp - 1), j: Double(rq - 1), onBorder: true)
        }
        let a = value(p, q)
        let b = value(p2, q2)
        var t = (level - a) / (b - a)
        if !t.isFinite { t = 0.5 }
        t = min(1, max(0, t))
        return GridPoint(i: Double(p - 1) + t * Double(p2 - p), j: Double(q - 1) + t * Double(q2 - q), onBorder: false)
    }
}
