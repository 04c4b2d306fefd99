/// Ramer–Douglas–Peucker simplification: drops every point that lies within
/// `tolerance` of the segment joining the points kept around it.
///
/// Used in pixel space with a tolerance below half a pixel, so the drawing
/// does not visibly change while long boundaries and loss curves shrink.
enum Simplification {
    /// The simplified open polyline (first and last points are always kept).
    static func polyline(_ points: [PixelPoint], tolerance: Double) -> [PixelPoint] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        let squaredTolerance = tolerance * tolerance
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var farthest = first
            var farthestDistance = -1.0
            for index in (first + 1)..<last {
                let distance = squaredDistance(points[index], toSegment: points[first], points[last])
                if distance > farthestDistance {
                    farthestDistance = distance
                    farthest = index
                }
            }
            if farthestDistance > squaredTolerance {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// The simplified closed ring: split at the first point and the point farthest
    /// from it, each half simplified as a polyline.
    static func ring(_ points: [PixelPoint], tolerance: Double) -> [PixelPoint] {
        guard points.count > 3 else { return points }
        var farthest = 0
        var farthestDistance = -1.0
        for index in points.indices {
            let dx = points[index].x - points[0].x
            let dy = points[index].y - points[0].y
            if dx * dx + dy * dy > farthestDistance {
                farthestDistance = dx * dx + dy * dy
                farthest = index
            }
        }
        let firstHalf = polyline(Array(points[0...farthest]), tolerance: tolerance)
        let secondHalf = polyline(Array(points[farthest...]) + [points[0]], tolerance: tolerance)
        return firstHalf + secondHalf.dropFirst().dropLast()
    }

    private static func squaredDistance(_ point: PixelPoint, toSegment start: PixelPoint, _ end: PixelPoint) -> Double {
        let dx = end.x - start.x
        let dy = end.y - start.y
        let length = dx * dx + dy * dy
        var t = 0.0
        if length > 0 {
            t = ((point.x - start.x) * dx + (point.y - start.y) * dy) / length
            t = min(1, max(0, t))
        }
        let ex = start.x + t * dx - point.x
        let ey = start.y + t * dy - point.y
        return ex * ex + ey * ey
    }
}
