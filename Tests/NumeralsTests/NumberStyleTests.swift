import Testing
import Numerals

/// The one set of rules for numbers a reader sees (NumberStyle's documentation).
@Suite struct NumberStyleTests {
    @Test func negativeNumbersUseTheMinusSignAndNeverNegativeZero() {
        #expect(NumberStyle.fixed(2).format(-3) == "−3.00")
        #expect(NumberStyle.fixed(4).format(-0.00001) == "0.0000")
        #expect(NumberStyle.significant(4).format(-0.69314718) == "−0.6931")
        #expect(NumberStyle.integer.format(-1234) == "−1\u{2009}234")
        #expect(NumberStyle.fixed(2).format(-Double.infinity) == "−∞")
        #expect(NumberStyle.significant(4).format(.nan) == "NaN")
    }

    @Test func fixedKeepsItsDecimalsUpToAMillion() {
        #expect(NumberStyle.fixed(4).format(0.12345) == "0.1235") // 0.12345 is stored as 0.123450000000000004
        #expect(NumberStyle.fixed(3).format(999_999.5) == "999999.500")
        #expect(NumberStyle.fixed(3).format(1_234_567) == "1.235×10⁶")
    }

    /// The same limits as C's `%.6g`: exponents below 10⁻⁴ and from 10⁶.
    @Test func significantSwitchesToExponentsOutsideTheFixedRange() {
        #expect(NumberStyle.significant(6).format(0.000123456789) == "0.000123457")
        #expect(NumberStyle.significant(6).format(0.0000123456789) == "1.23457×10⁻⁵")
        #expect(NumberStyle.significant(4).format(250_000) == "250000")
        #expect(NumberStyle.significant(4).format(2_500_000) == "2.5×10⁶")
        #expect(NumberStyle.significant(3).format(9.9999e-9) == "10⁻⁸")
        #expect(NumberStyle.significant(4).format(0) == "0")
    }

    @Test func scientificAlwaysUsesTheExponentForm() {
        #expect(NumberStyle.scientific(2).format(1.2345e-5) == "1.23×10⁻⁵")
        #expect(NumberStyle.scientific(2).format(-3e12) == "−3.00×10¹²")
        #expect(NumberStyle.scientific(0).format(1e-6) == "10⁻⁶")
    }

    @Test func integersGroupThousandsWithThinSpaces() {
        #expect(NumberStyle.integer.format(10_000) == "10\u{2009}000")
        #expect(NumberStyle.integer.format(999) == "999")
        #expect(NumberStyle.integer.format(1999.5) == "2\u{2009}000")
    }

    @Test func percentages() {
        #expect(NumberStyle.percent(1).format(0.975) == "97.5%")
        #expect(NumberStyle.percent(1).format(1) == "100.0%")
    }

    @Test func superscriptsAndSubscripts() {
        #expect(Numerals.superscript(-12) == "⁻¹²")
        #expect(Numerals.subscriptDigits(12) == "₁₂")
    }
}
