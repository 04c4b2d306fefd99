import Markup
import Testing
@testable import TeXMath

/// Bad input becomes an error span with the source, and a problem with a byte offset.
@Suite struct ErrorTests {
    func convert(_ tex: String) -> MathConversion {
        MathConverter().convert(tex, display: false)
    }

    @Test func unknownCommandShowsTheSourceInAnErrorSpan() {
        let result = convert(#"a + \foo{b}"#)
        #expect(MarkupWriter().render(result.node)
            == #"<span class="math-error" title="unknown command \foo">a + \foo{b}</span>"#)
        // "a + " is 4 bytes, so \foo starts at byte 4.
        #expect(result.problems == [MathProblem(message: #"unknown command \foo"#, offset: 4)])
        #expect(!result.succeeded)
    }

    @Test(arguments: [
        (#"\frac{a}{b"#, "missing } for the { opened here", 8),
        ("x}", "unexpected } without a matching {", 1),
        (#"\left( x"#, #"\left without a matching \right"#, 0),
        (#"\frac{a}"#, #"missing argument for \frac"#, 0),
        ("x^", "missing argument for ^", 1),
        (#"\begin{bmatrix} a \end{pmatrix}"#, #"\begin{bmatrix} is ended by \end{pmatrix}"#, 18),
    ])
    func structuralMistakesAreReportedWhereTheyHappen(tex: String, message: String, offset: Int) {
        #expect(convert(tex).problems == [MathProblem(message: message, offset: offset)])
    }

    @Test func offsetsAreUTF8Bytes() {
        // "α" is 2 bytes and "→" 3, so \bad starts at byte 2 + 1 + 3 + 1 = 7.
        #expect(convert(#"α → \bad"#).problems.first?.offset == 7)
    }

    /// Seed 000's damage: `\t`, `\f`, `\b`, `\r` decoded as escapes, leaving `ext`, `rac`, `egin`, `ight`.
    @Test(arguments: [
        ("ext{forward}_l", #"\text"#, 0),
        (#"\operatorname{grad}_w = rac{a}{2h}"#, #"\frac"#, 24),
        (#"egin{aligned} a \end{aligned}"#, #"\begin"#, 0),
        ("\\left[ x + b 1\night]_k", #"\right"#, 15),
    ])
    func lostBackslashesAreErrors(tex: String, command: String, offset: Int) {
        let problem = convert(tex).problems.first
        #expect(problem?.message.contains("looks like \(command) whose backslash was lost") == true)
        #expect(problem?.offset == offset)
    }

    @Test func controlCharactersAreErrors() {
        // "\u{0C}rac" is what "\frac" becomes when "\f" is read as a form feed.
        let problem = convert("\u{0C}rac{1}{2}").problems.first
        #expect(problem?.message.hasPrefix("control character U+000C") == true)
        #expect(problem?.offset == 0)
        #expect(WellFormedXML.problem(in: MarkupWriter().render(convert("\u{0C}rac{1}{2}").node)) == nil)
    }

    @Test func backslashBeforeALineBreakIsAControlSpace() {
        #expect(MarkupWriter().render(convert("a\\\nb").node).contains(#"<mi>a</mi><mspace width="0.3333em"/><mi>b</mi>"#))
    }

    @Test func realWordsAndShortRemnantsAreNotFlagged() {
        // "mod" would be a remnant of \bmod, but is itself a command name; "au" (from \tau) is too short.
        #expect(convert(#"\operatorname{loss}(mod_w(w,(i,j),h))"#).succeeded)
        #expect(convert("au + right").succeeded)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let tex = String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000)
        #expect(convert(tex).problems.first?.message == "the formula is nested too deeply")
    }

    @Test func errorSpansEscapeTheirSource() {
        let output = MarkupWriter().render(convert(#"\foo<script>&"#).node)
        #expect(output == #"<span class="math-error" title="unknown command \foo">\foo&lt;script&gt;&amp;</span>"#)
    }
}
