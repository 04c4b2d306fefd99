/// The `d` attribute of an SVG `<path>`, built from coordinates rounded to 0.1.
///
/// Each subpath starts with an absolute `M x y`, then one relative `l` command whose
/// deltas are differences of the rounded absolute positions (counted in tenths, so no
/// rounding error accumulates), e.g. `M10 20l2.5 -1 0 3.2z`. Points that round to the
/// previous point are dropped. Relative deltas keep large boundaries small.
struct PathData {
    private(set) var text = ""

    var isEmpty: Bool { text.isEmpty }

    /// An open polyline through `points`; nothing for fewer than two points.
    mutating func addPolyline(_ points: [PixelPoint]) {
        guard points.count >= 2 else { return }
        append(points, closed: false)
    }

    /// A closed ring through `points`; nothing for fewer than three points.
    mutating func addRing(_ points: [PixelPoint]) {
        guard points.count >= 3 else { return }
        append(points, closed: true)
    }

    /// Tenths of a pixel, clamped to ±10⁹ pixels (callers check their data; this keeps an
    /// infinite or NaN coordinate from trapping the Int conversion).
    private static func tenths(_ value: Double) -> Int {
        let scaled = (value * 10).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite else { return scaled.isNaN ? 0 : (scaled > 0 ? 10_000_000_000 : -10_000_000_000) }
        return Int(min(max(scaled, -10_000_000_000), 10_000_000_000))
    }

    private static func decimal(tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        let fraction = magnitude % 10
        return sign + String(magnitude / 10) + (fraction == 0 ? "" : "." + String(fraction))
    }

    private mutating func append(_ points: [PixelPoint], closed: Bool) {
        var previousX = Self.tenths(points[0].x)
        var previousY = Self.tenths(points[0].y)
        text += "M" + Self.decimal(tenths: previousX) + " " + Self.decimal(tenths: previousY)
        var wroteCommand = false
        for point in points.dropFirst() {
            let x = Self.tenths(point.x)
            let y = Self.tenths(point.y)
            if x == previousX && y == previousY { continue }
            text += wroteCommand ? " " : "l"
            text += Self.decimal(tenths: x - previousX) + " " + Self.decimal(tenths: y - previousY)
            wroteCommand = true
            previousX = x
            previousY = y
        }
        if closed { text += "z" }
    }
}
