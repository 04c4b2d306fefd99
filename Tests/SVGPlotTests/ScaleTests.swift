import Testing
@testable import SVGPlot

@Suite struct ScaleTests {
    @Test func linearMapsEndsAndMiddle() {
        let scale = Scale(kind: .linear, domain: 0...10, pixelStart: 100, pixelEnd: 0)
        #expect(scale(0) == 100)
        #expect(scale(10) == 0)
        #expect(scale(2.5) == 75)
    }

    @Test func logMapsDecadesEvenly() {
        let scale = Scale(kind: .log, domain: 1e-8...10, pixelStart: 0, pixelEnd: 900)
        // 1e-8 … 10 is nine decades of 100 px each.
        #expect(abs(scale(1e-8) - 0) < 1e-9)
        #expect(abs(scale(1e-4) - 400) < 1e-9)
        #expect(abs(scale(10) - 900) < 1e-9)
        #expect(!scale.canShow(0) && !scale.canShow(-1) && !scale.canShow(.nan) && scale.canShow(1e-300))
    }
}
