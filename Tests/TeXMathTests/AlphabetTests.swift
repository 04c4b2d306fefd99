import Testing
@testable import TeXMath

@Suite struct AlphabetTests {
    static let alphabets: [MathAlphabet] = [
        .bold, .italic, .boldItalic, .script, .boldScript, .fraktur, .doubleStruck, .sansSerif, .sansSerifBold, .monospace,
    ]

    /// The math alphanumerics block has reserved holes where older letterlike symbols
    /// stand in (U+1D49D for ℬ, U+1D455 for ℎ...); no mapped letter may land in one.
    @Test(arguments: alphabets)
    func everyLatinLetterMapsToAnAssignedLetter(alphabet: MathAlphabet) {
        for value in Array(0x41...0x5A) + Array(0x61...0x7A) {
            let mapped = alphabet.apply(to: Unicode.Scalar(UInt32(value))!)
            #expect(mapped.value > 0x7F, "\(alphabet) left \(value) unmapped")
            #expect(mapped.properties.generalCategory != .unassigned, "\(alphabet): U+\(String(mapped.value, radix: 16))")
            #expect(mapped.properties.isAlphabetic, "\(alphabet): U+\(String(mapped.value, radix: 16))")
        }
    }

    @Test func knownCodePoints() {
        // Values from the Unicode chart for U+1D400–U+1D7FF and the letterlike symbols.
        #expect(MathAlphabet.script.apply(to: "B") == "\u{212C}")
        #expect(MathAlphabet.script.apply(to: "A") == "\u{1D49C}")
        #expect(MathAlphabet.italic.apply(to: "h") == "\u{210E}")
        #expect(MathAlphabet.fraktur.apply(to: "C") == "\u{212D}")
        #expect(MathAlphabet.doubleStruck.apply(to: "Z") == "\u{2124}")
        #expect(MathAlphabet.doubleStruck.apply(to: "0") == "\u{1D7D8}")
        #expect(MathAlphabet.bold.apply(to: "\u{03B1}") == "\u{1D6C2}")
        #expect(MathAlphabet.bold.apply(to: "\u{2207}") == "\u{1D6C1}")
        #expect(MathAlphabet.boldItalic.apply(to: "\u{03F5}") == "\u{1D750}")
        // \boldsymbol keeps capital Greek upright, as TeX does.
        #expect(MathAlphabet.boldItalic.apply(to: "\u{0398}") == "\u{1D6AF}")
        #expect(MathAlphabet.monospace.apply(to: "9") == "\u{1D7FF}")
        #expect(MathAlphabet.roman.apply(to: "x") == "x")
    }
}
