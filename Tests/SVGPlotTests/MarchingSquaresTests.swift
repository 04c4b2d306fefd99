import Testing
@testable import SVGPlot

@Suite struct MarchingSquaresTests {
    /// The ring's corners: consecutive duplicates and points on a straight line between
    /// their neighbours removed (marching squares emits one point per crossed edge).
    func corners(_ ring: ContourRing) -> [SIMD2<Double>] {
        var points: [SIMD2<Double>] = []
        for point in ring.points {
            let p = SIMD2(point.i, point.j)
            if points.last != p { points.append(p) }
        }
        if points.first == points.last { points.removeLast() }
        var changed = true
        while changed && points.count > 3 {
            changed = false
            for index in points.indices {
                let a = points[(index + points.count - 1) % points.count]
                let b = points[index]
                let c = points[(index + 1) % points.count]
                let cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
                if abs(cross) < 1e-12 {
                    points.remove(at: index)
                    changed = true
                    break
                }
            }
        }
        return points
    }

    /// `distance((i, j), (centre, centre))` on a `size × size` grid, row by row.
    func distances(size: Int, centre: Double) -> [Double] {
        var values: [Double] = []
        for j in 0..<size {
            for i in 0..<size {
                let dx = Double(i) - centre
                let dy = Double(j) - centre
                values.append((dx * dx + dy * dy).squareRoot())
            }
        }
        return values
    }

    @Test func aHalfPlaneIsOneRectangle() {
        // f(i, j) = i on a 4 × 3 grid; {f ≥ 1.5} is i ∈ {2, 3}: the boundary is i = 1.5 (midway),
        // and the region is closed along the grid's edge at i = 3, j = 0 and j = 2.
        let values: [Double] = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]
        let rings = MarchingSquares.rings(values: values, columns: 4, rows: 3, level: 1.5)
        #expect(rings.count == 1)
        let vertices = Set(corners(rings[0]).map { "\($0.x),\($0.y)" })
        #expect(vertices == ["1.5,0.0", "3.0,0.0", "3.0,2.0", "1.5,2.0"])
        // Only the i = 1.5 side is a true level crossing.
        #expect(rings[0].points.filter { !$0.onBorder }.allSatisfy { $0.i == 1.5 })
    }

    @Test func aDiscIsOneClosedRingAwayFromTheBorder() {
        // f = −distance from (4, 4) on a 9 × 9 grid; {f ≥ −2.5} is a disc of radius 2.5.
        let values = distances(size: 9, centre: 4).map { -$0 }
        let rings = MarchingSquares.rings(values: values, columns: 9, rows: 9, level: -2.5)
        #expect(rings.count == 1)
        let ring = rings[0]
        #expect(ring.points.allSatisfy { !$0.onBorder })
        // Crossings are linear interpolations between samples, within 0.1 of the true circle here.
        for point in ring.points {
            let dx = point.i - 4
            let dy = point.j - 4
            let radius = (dx * dx + dy * dy).squareRoot()
            #expect(abs(radius - 2.5) < 0.1)
        }
        // 20 edges of the 9 × 9 lattice are crossed by a circle of radius 2.5 around a lattice point.
        #expect(ring.points.count == 20)
    }

    @Test func anAnnulusIsAnOuterRingAndAHole() {
        let values = distances(size: 11, centre: 5)
        let inside = values.map { $0 >= 1.5 && $0 <= 3.5 ? 1.0 : 0.0 }
        #expect(MarchingSquares.rings(values: inside, columns: 11, rows: 11, level: 0.5).count == 2)
    }

    @Test func aRegionFillingTheGridIsItsFrame() {
        let rings = MarchingSquares.rings(values: [Double](repeating: 1, count: 12), columns: 4, rows: 3, level: 0.5)
        #expect(rings.count == 1)
        #expect(Set(corners(rings[0]).map { "\($0.x),\($0.y)" }) == ["0.0,0.0", "3.0,0.0", "3.0,2.0", "0.0,2.0"])
        #expect(MarchingSquares.rings(values: [Double](repeating: 0, count: 12), columns: 4, rows: 3, level: 0.5).isEmpty)
    }

    @Test func saddlesFollowTheCentreValue() {
        // Corners 1 0 / 0 1 with centre mean 0.5: at level 0.5 the centre is inside,
        // so the two diagonal samples join into one region (one ring).
        #expect(MarchingSquares.rings(values: [1, 0, 0, 1], columns: 2, rows: 2, level: 0.5).count == 1)
        // At level 0.6 the centre is outside: two separate regions.
        #expect(MarchingSquares.rings(values: [1, 0, 0, 1], columns: 2, rows: 2, level: 0.6).count == 2)
    }
}
