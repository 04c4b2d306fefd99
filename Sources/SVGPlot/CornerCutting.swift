/// Chaikin's corner cutting, which turns the staircase that marching squares traces
/// around a class-index field (every crossing at a cell's midpoint) into a smooth curve.
///
/// One round replaces each edge `p → q` by its points `¾p + ¼q` and `¼p + ¾q`; the
/// curve converges to a quadratic B-spline inside the original polygon's hull. Points on
/// the grid's frame (``GridPoint/onBorder`` or on a side `i = 0`, `i = columns − 1`,
/// `j = 0`, `j = rows − 1`) are kept as they are, so regions still meet the frame and its
/// corners and neighbouring regions, cut the same way, still share their boundary.
enum CornerCutting {
    /// `ring` closed (the last point joins the first) after `rounds` rounds.
    static func ring(_ ring: ContourRing, columns: Int, rows: Int, rounds: Int = 2) -> ContourRing {
        var points = ring.points
        for _ in 0..<rounds where points.count >= 3 {
            points = cut(points + [points[0]], columns: columns, rows: rows, keepEnds: false)
        }
        return ContourRing(points: points)
    }

    /// An open `run` after `rounds` rounds; its two ends stay where they are.
    static func run(_ run: [GridPoint], columns: Int, rows: Int, rounds: Int = 2) -> [GridPoint] {
        var points = run
        for _ in 0..<rounds where points.count >= 3 {
            points = cut(points, columns: columns, rows: rows, keepEnds: true)
        }
        return points
    }

    private static func cut(_ path: [GridPoint], columns: Int, rows: Int, keepEnds: Bool) -> [GridPoint] {
        func isFixed(_ point: GridPoint) -> Bool {
            point.onBorder || point.i <= 0 || point.j <= 0 || point.i >= Double(columns - 1) || point.j >= Double(rows - 1)
        }
        func mix(_ p: GridPoint, _ q: GridPoint, _ t: Double) -> GridPoint {
            GridPoint(i: p.i + (q.i - p.i) * t, j: p.j + (q.j - p.j) * t, onBorder: false)
        }
        var result: [GridPoint] = []
        for index in 0..<(path.count - 1) {
            let p = path[index]
            let q = path[index + 1]
            if isFixed(p) || (keepEnds && index == 0) { result.append(p) }
            if isFixed(p) && isFixed(q) { continue }
            result.append(mix(p, q, 0.25))
            result.append(mix(p, q, 0.75))
        }
        if keepEnds, let last = path.last { result.append(last) }
        return result
    }
}
