import Markup
import Testing
@testable import TeXMath

/// `\big` delimiters and `\dots` as TeX and amsmath set them (issue 14, item 3).
@Suite struct DelimiterAndDotsTests {
    func mathML(_ tex: String) -> String {
        MarkupWriter().render(MathConverter().convert(tex, display: false).node)
    }

    @Test func bigOpeningAndClosingDelimitersHaveTheirFormAndNoSpace() {
        // TeX's \big is 1.2 × the 10 pt size (8.5 pt body, 1.2em in em of the font); \bigl is an
        // opening atom and \bigr a closing one: no space on either side.
        #expect(mathML(#"\bigl( x \bigr)"#).contains(
            #"<mo form="prefix" stretchy="true" symmetric="true" lspace="0em" rspace="0em" minsize="1.2em" maxsize="1.2em">(</mo><mi>x</mi><mo form="postfix" stretchy="true" symmetric="true" lspace="0em" rspace="0em" minsize="1.2em" maxsize="1.2em">)</mo>"#))
    }

    @Test func anExponentOnABigClosingDelimiterTakesTheWholeGroupAsItsBase() {
        // Chromium leaves a sized <mo> that is alone in a script's base off the math axis
        // (the probe "big-script" of check-math-render.sh measured a 5 px sag), so the group
        // from \Bigl( to \Bigr) is the base: same height, the exponent at the same place.
        let open = #"<mo form="prefix" stretchy="true" symmetric="true" lspace="0em" rspace="0em" minsize="1.8em" maxsize="1.8em">(</mo>"#
        let close = #"<mo form="postfix" stretchy="true" symmetric="true" lspace="0em" rspace="0em" minsize="1.8em" maxsize="1.8em">)</mo>"#
        #expect(mathML(#"a \Bigl( x \Bigr)^2"#).contains("<mi>a</mi><msup><mrow>\(open)<mi>x</mi>\(close)</mrow><mn>2</mn></msup>"))
        // Nested: the exponent's group starts at the matching \Bigl(, not at the inner one.
        #expect(mathML(#"\Bigl( \Bigl( x \Bigr) y \Bigr)^2"#)
            .contains("<msup><mrow>\(open)\(open)<mi>x</mi>\(close)<mi>y</mi>\(close)</mrow><mn>2</mn></msup>"))
        // Without a sized opening delimiter, the closing one alone sits in an <mrow>.
        #expect(mathML(#"x \Bigr)^2"#).contains("<msup><mrow>\(close)</mrow><mn>2</mn></msup>"))
    }

    @Test func bigmIsARelationWithThickSpaces() {
        #expect(mathML(#"\{ x \bigm| x > 0 \}"#).contains(
            #"<mo stretchy="true" symmetric="true" lspace="0.2778em" rspace="0.2778em" minsize="1.2em" maxsize="1.2em">|</mo>"#))
    }

    @Test(arguments: [
        (#"a_1 + \dots + a_n"#, "⋯"),
        (#"x_1 = \dots = x_n"#, "⋯"),
        (#"a_1 \cdot \dots \cdot a_n"#, "⋯"),
        (#"x_1, \dots, x_n"#, "…"),
        (#"1, 2, \dots"#, "…"),
        (#"(x_1 \dots x_n)"#, "…"),
    ])
    func dotsAreCentredBeforeOperatorsAndRelationsOnly(tex: String, dots: String) {
        let output = mathML(tex)
        #expect(output.contains(">\(dots)<"))
        #expect(!output.contains(dots == "⋯" ? ">…<" : ">⋯<"))
    }
}
