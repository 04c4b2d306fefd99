import Testing
@testable import TeXMath

@Suite struct StylesheetTests {
    @Test func cssNamesMathFontsFirstAndStylesErrors() {
        let css = MathStylesheet.css
        let stack = #"font-family: "nbrun Math", "Latin Modern Math", "STIX Two Math", "Cambria Math", "DejaVu Math TeX Gyre", math;"#
        #expect(css.contains(stack))
        #expect(css.contains(".math-error {"))
        // The hook that keeps inline math and the punctuation after it on one line.
        #expect(css.contains(".nbrun .math-nowrap { white-space: nowrap; }"))
        #expect(css.contains(#"math[display="block"] {"#) && css.contains("overflow-x: auto"))
        #expect(!css.contains("<") && !css.contains("&"))
    }

    @Test func fontFaceEmbedsBase64() {
        // RFC 4648 test vectors: "f" → "Zg==", "fo" → "Zm8=", "foo" → "Zm9v", "foobar" → "Zm9vYmFy".
        #expect(Base64.encode(Array("f".utf8)) == "Zg==")
        #expect(Base64.encode(Array("fo".utf8)) == "Zm8=")
        #expect(Base64.encode(Array("foo".utf8)) == "Zm9v")
        #expect(Base64.encode(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(MathStylesheet.fontFace(embedding: Array("foo".utf8), format: "woff2")
            == #"@font-face { font-family: "nbrun Math"; src: url(data:font/woff2;base64,Zm9v) format("woff2"); }"#)
        #expect(MathStylesheet.fontFace(embedding: [0xFF], format: "opentype").contains("data:font/otf;base64,/w=="))
    }

    @Test func fontFormatFollowsTheFileName() {
        #expect(MathStylesheet.fontFormat(forFileName: "latinmodern-math.otf") == "opentype")
        #expect(MathStylesheet.fontFormat(forFileName: "Math.WOFF2") == "woff2")
        #expect(MathStylesheet.fontFormat(forFileName: "DejaVuMathTeXGyre.ttf") == "truetype")
    }
}
