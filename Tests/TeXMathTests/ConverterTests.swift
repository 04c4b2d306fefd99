import Markup
import Testing
@testable import TeXMath

/// Exact MathML for the choices the issue spells out (MathML Core as Chromium renders it).
@Suite struct ConverterTests {
    /// The MathML of `tex` as text.
    func render(_ tex: String, display: Bool = false) -> String {
        MarkupWriter().render(MathConverter().convert(tex, display: display).node)
    }

    /// The body of the `<semantics>` element, without the TeX annotation.
    func body(_ tex: String, display: Bool = false) -> String {
        let whole = render(tex, display: display)
        guard let start = whole.range(of: "<semantics>"), let end = whole.range(of: "<annotation") else { return whole }
        return String(whole[start.upperBound..<end.lowerBound])
    }

    @Test func inlineAndDisplayMathKeepTheSourceInAnAnnotation() {
        #expect(render("x^2") == #"<math><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">x^2</annotation></semantics></math>"#)
        #expect(render(#"\frac{a}{b}"#, display: true) == #"<math display="block"><semantics><mrow><mfrac><mi>a</mi><mi>b</mi></mfrac></mrow><annotation encoding="application/x-tex">\frac{a}{b}</annotation></semantics></math>"#)
    }

    @Test func styledLettersAreUnicodeMathAlphanumerics() {
        // U+1D416 MATHEMATICAL BOLD CAPITAL W, U+211D DOUBLE-STRUCK CAPITAL R (a letterlike hole),
        // U+2112 SCRIPT CAPITAL L, U+1D73D MATHEMATICAL BOLD ITALIC SMALL THETA, U+1D7D9 DOUBLE-STRUCK DIGIT ONE.
        #expect(body(#"\mathbf{W}"#) == "<mrow><mi>\u{1D416}</mi></mrow>")
        #expect(body(#"\mathbb{R}"#) == "<mrow><mi>\u{211D}</mi></mrow>")
        #expect(body(#"\mathcal{L}"#) == "<mrow><mi>\u{2112}</mi></mrow>")
        #expect(body(#"\boldsymbol{\theta}"#) == "<mrow><mi>\u{1D73D}</mi></mrow>")
        #expect(body(#"\mathbb{1}"#) == "<mrow><mn>\u{1D7D9}</mn></mrow>")
        #expect(!render(#"\mathbf{x}\mathbb{R}\mathcal{L}"#).contains("mathvariant"))
    }

    @Test func singleUprightLettersGetMathvariantNormal() {
        #expect(body(#"\Delta"#) == #"<mrow><mi mathvariant="normal">Δ</mi></mrow>"#)
        #expect(body(#"\mathrm{d}x"#) == #"<mrow><mi mathvariant="normal">d</mi><mi>x</mi></mrow>"#)
        #expect(body(#"\mathrm{ReLU}"#) == "<mrow><mi>ReLU</mi></mrow>")
    }

    @Test func plainBracketsDoNotStretchButLeftRightDo() {
        #expect(body("(x)") == #"<mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#)
        #expect(body(#"\left(\frac{a}{b}\right)"#) == "<mrow><mo>(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo>)</mo></mrow>")
        #expect(body(#"\left. \frac{a}{b} \right|"#)
            == #"<mrow><mfrac><mi>a</mi><mi>b</mi></mfrac><mo stretchy="true" symmetric="true" lspace="0em" rspace="0em">|</mo></mrow>"#)
    }

    @Test func limitOperatorsCarryMovablelimits() {
        #expect(body(#"\operatorname*{argmax}_\theta"#)
            == #"<mrow><munder><mo movablelimits="true" lspace="0em" rspace="0em">argmax</mo><mi>θ</mi></munder></mrow>"#)
        #expect(body(#"\arg\max_\theta"#)
            == #"<mrow><mi>arg</mi><mspace width="0.1667em"/><munder><mo movablelimits="true" lspace="0em" rspace="0em">max</mo><mi>θ</mi></munder></mrow>"#)
        #expect(body(#"\sum_{i}^{n}"#) == "<mrow><munderover><mo>∑</mo><mi>i</mi><mi>n</mi></munderover></mrow>")
    }

    @Test func hatsUseModifierCircumflexAndPrimesStayBesideTheBase() {
        // A full-size script rather than accent="true": Chromium sets a true accent on the
        // letter's top edge (see MathMLWriter.limits).
        #expect(body(#"\hat{y}"#) == #"<mrow><mover><mi>y</mi><mo stretchy="false" style="math-depth: 0">ˆ</mo></mover></mrow>"#)
        #expect(body("f'(x)").hasPrefix(#"<mrow><mrow><mi>f</mi><mo lspace="0em" rspace="0em">′</mo></mrow>"#))
        #expect(!render("f'").contains("msup"))
    }

    @Test func boxedAndAlignedUseInlineCSS() {
        #expect(body(#"\boxed{x}"#) == #"<mrow><mrow class="math-boxed" style="border: 1px solid; padding: 0.2em 0.3em"><mi>x</mi></mrow></mrow>"#)
        let aligned = body(#"\begin{aligned} a &= b \end{aligned}"#)
        #expect(aligned == #"<mrow><mtable displaystyle="true"><mtr><mtd style="text-align: right; padding-right: 0"><mi>a</mi></mtd><mtd style="text-align: left; padding-left: 0"><mo>=</mo><mi>b</mi></mtd></mtr></mtable></mrow>"#)
        #expect(!render(#"\begin{array}{lr} a & b \end{array}"#).contains("columnalign"))
    }

    @Test func matricesSitBetweenStretchyFences() {
        #expect(body(#"\begin{bmatrix} 1 \\ 2 \end{bmatrix}"#)
            == #"<mrow><mo>[</mo><mtable><mtr><mtd style="padding-left: 0.15em; padding-right: 0.15em"><mn>1</mn></mtd></mtr><mtr><mtd style="padding-left: 0.15em; padding-right: 0.15em"><mn>2</mn></mtd></mtr></mtable><mo>]</mo></mrow>"#)
    }

    @Test func functionNamesAreSetOffByThinSpacesButNotFromBrackets() {
        #expect(body(#"\sin x"#) == #"<mrow><mi>sin</mi><mspace width="0.1667em"/><mi>x</mi></mrow>"#)
        #expect(body(#"\sin(x)"#) == #"<mrow><mi>sin</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#)
    }

    @Test func minusAfterAnOpeningBracketIsUnary() {
        #expect(body("(-h)") == #"<mrow><mo stretchy="false">(</mo><mo form="prefix">−</mo><mi>h</mi><mo stretchy="false">)</mo></mrow>"#)
        #expect(body("a-b") == "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
    }

    @Test func textIsEscapedAndKeepsItsEdgeSpaces() {
        #expect(body(#"\text{<b>}"#) == "<mrow><mtext>&lt;b&gt;</mtext></mrow>")
        #expect(body(#"\text{ if }"#) == "<mrow><mtext>\u{00A0}if\u{00A0}</mtext></mrow>")
        #expect(render(#"\text{</math><script>}"#).contains("&lt;/math&gt;&lt;script&gt;"))
    }

    @Test func argumentsAreSingleTokensWithoutBraces() {
        #expect(body(#"\frac12"#) == "<mrow><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow>")
        #expect(body(#"\frac ab"#) == "<mrow><mfrac><mi>a</mi><mi>b</mi></mfrac></mrow>")
    }

    @Test func displayFlagOnlyChangesTheMathElement() {
        let inline = render(#"\sum_i x_i"#)
        let display = render(#"\sum_i x_i"#, display: true)
        #expect(display == inline.replacingOccurrences(of: "<math>", with: #"<math display="block">"#))
    }
}
