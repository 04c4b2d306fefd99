import Testing
@testable import SVGPlot

@Suite struct TicksTests {
    @Test(arguments: [
        // (span, count, expected step): span/count rounded up to 1, 2 or 5 × 10ᵏ.
        (1.0, 6, 0.2), (1000.0, 6, 200.0), (10.0, 5, 2.0), (3.0, 6, 0.5), (7e-5, 7, 1e-5), (0.9, 9, 0.1),
    ])
    func niceStepIsOneTwoOrFiveTimesAPowerOfTen(span: Double, count: Int, step: Double) {
        #expect(Ticks.niceStep(span: span, count: count) == step)
    }

    @Test func linearTicksAreExactDecimals() {
        let ticks = Ticks.linear(in: 0...1)
        #expect(ticks.map(\.value) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        // 0.1 steps are built as k/10, so 0.3 is the double nearest 0.3 (not 0.1 + 0.1 + 0.1).
        #expect(Ticks.linear(in: 0...0.6, count: 6).map(\.value) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    }

    @Test func negativeTicksUseATrueMinusAndNoNegativeZero() {
        let ticks = Ticks.linear(in: -1...1, count: 4)
        #expect(ticks.map(\.label) == ["−1", "−0.5", "0", "0.5", "1"])
    }

    @Test func niceDomainWidensToWholeSteps() {
        #expect(Ticks.niceDomain(1...1000) == 0...1000)
        #expect(Ticks.niceDomain(0.013...0.87) == 0...1)
        // A constant positive loss v gets the axis 0…2v (then rounded to nice steps).
        #expect(Ticks.niceDomain(0.25...0.25) == 0...0.5)
        #expect(Ticks.niceDomain(0...0) == -1...1)
        // A stuck loss that differs only in the last bits is a constant: 0…2·ln 2, in 0.5 steps → 0…1.5.
        #expect(Ticks.niceDomain(0.6931471805599453...0.6931471805599454) == 0...1.5)
    }

    @Test func epochAxesKeepWholeNumbers() {
        #expect(Ticks.linear(in: 1...3, minimumStep: 1).map(\.value) == [1, 2, 3])
    }

    @Test func logTicksOverTheSeedsLossRange() {
        // Losses in the seeds span 10 … 1e-8: ten decades, each labelled, no minor ticks (> 6 decades).
        let domain = Ticks.logDomain(1.3e-8...10)
        #expect(domain == 1e-8...10)
        let ticks = Ticks.log(in: domain)
        #expect(ticks.map(\.value) == [1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10])
        #expect(ticks.map(\.label) == ["10⁻⁸", "10⁻⁷", "10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹"])
    }

    @Test func shortLogRangesGetMinorTicks() {
        let ticks = Ticks.log(in: 0.01...1)
        let majors = ticks.filter { !$0.label.isEmpty }.map(\.value)
        #expect(majors == [0.01, 0.1, 1])
        // 2…9 × 10⁻² and 2…9 × 10⁻¹: 16 minor ticks.
        #expect(ticks.filter { $0.label.isEmpty }.count == 16)
        #expect(ticks.contains(Tick(value: 0.05, label: "")))
    }

    @Test func logDomainsCoverAtLeastOneDecade() {
        #expect(Ticks.logDomain(0.5...0.5) == 0.1...1)
        #expect(Ticks.logDomain(0.3...0.7) == 0.1...1)
        // A constant loss of exactly 10ᵏ gets one decade on each side.
        #expect(Ticks.logDomain(1...1) == 0.1...10)
    }

    @Test func manyDecadesLabelEveryOther() {
        let labels = Ticks.log(in: 1e-20...1).filter { !$0.label.isEmpty }.map(\.value)
        #expect(labels.count == 11)
    }
}
