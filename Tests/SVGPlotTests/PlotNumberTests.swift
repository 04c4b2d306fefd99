import Testing
@testable import SVGPlot

@Suite struct PlotNumberTests {
    @Test func fixedTrimsZerosAndNeverWritesNegativeZero() {
        #expect(PlotNumber.fixed(1.50, decimals: 2) == "1.5")
        #expect(PlotNumber.fixed(2, decimals: 3) == "2")
        #expect(PlotNumber.fixed(-0.0001, decimals: 2) == "0")
        #expect(PlotNumber.fixed(-0.0, decimals: 1) == "0")
        #expect(PlotNumber.fixed(-12.345, decimals: 1) == "-12.3")
        #expect(PlotNumber.fixed(0.05, decimals: 1) == "0.1")
        #expect(PlotNumber.fixed(123.04, decimals: 1) == "123")
    }

    @Test func scientificUsesSuperscripts() {
        #expect(PlotNumber.scientific(2.5e-3) == "2.5×10⁻³")
        #expect(PlotNumber.scientific(1e-8) == "10⁻⁸")
        #expect(PlotNumber.scientific(-3e12) == "−3×10¹²")
        // 9.996 rounds to 10.0 at three digits, which carries into the exponent.
        #expect(PlotNumber.scientific(9.996e-5) == "10⁻⁴")
    }

    @Test func compactIsFixedInTheMiddleRange() {
        #expect(PlotNumber.compact(7.1) == "7.1")
        #expect(PlotNumber.compact(0.04567) == "0.0457")
        #expect(PlotNumber.compact(-1234.5) == "−1234") // an exact tie rounds to even, as printf does
        #expect(PlotNumber.compact(1.2e-8) == "1.2×10⁻⁸")
    }
}
