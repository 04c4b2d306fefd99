import Testing
@testable import TeXMath

@Suite struct ScannerTests {
    func found(_ text: String) -> [String] {
        MathScanner.spans(in: text).map { ($0.display ? "D:" : "I:") + $0.tex }
    }

    @Test func findsAllFourDelimiterStyles() {
        #expect(found(#"a $x$ b $$y$$ c \(z\) d \[w\] e"#) == ["I:x", "D:y", "I:z", "D:w"])
    }

    @Test func dollarsThatAreMoneyAreNotMath() {
        #expect(found("costs $5 and $6 today") == [])
        #expect(found("a $ b $ c") == [])
        #expect(found(#"price \$5 and $x$"#) == ["I:x"])
    }

    @Test func displayMathMaySpanLinesButNotParagraphs() {
        #expect(found("$$a\n+ b$$") == ["D:a\n+ b"])
        #expect(found("$$a\n\nb$$") == [])
        #expect(found("$a\n\nb$") == [])
    }

    @Test func rangesAndOffsetsAreUTF8Bytes() {
        // "é" is 2 bytes: "é $x$" has the span at bytes 3..<6 and the TeX at byte 4.
        let span = MathScanner.spans(in: "é $x$")[0]
        #expect(span.range == 3..<6)
        #expect(span.texOffset == 4)
    }

    @Test func escapedDollarInsideMathDoesNotCloseIt() {
        #expect(found(#"$a \$ b$"#) == [#"I:a \$ b"#])
    }
}
