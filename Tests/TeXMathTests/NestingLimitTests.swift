import Markup
import Testing
@testable import TeXMath

/// Every recursive path of the parser is bounded by `Parser.maximumNesting`:
/// a formula nested 5000 deep is a located error, never a stack overflow
/// (issue 16, crash 1: `\sqrt\sqrt…\sqrt x` and relatives overflowed the stack
/// because only `parseRow` counted nesting, and `parseArgument → parseAtom →
/// parseCommand → parseArgument` never passes through it).
@Suite struct NestingLimitTests {
    /// A prefix repeated before ` x` (after a lead such as `x^`), and a suffix after it (closing braces).
    struct Construct: CustomTestStringConvertible, Sendable {
        var lead = ""
        var prefix: String
        var suffix: String = ""
        var testDescription: String { lead + prefix + "…x" + suffix }

        func formula(repeats: Int) -> String {
            lead + String(repeating: prefix, count: repeats) + " x" + String(repeating: suffix, count: repeats)
        }
    }

    static let constructs: [Construct] = [
        Construct(prefix: #"\sqrt"#),
        Construct(prefix: #"\hat"#),
        Construct(prefix: #"\mathbf"#),
        Construct(prefix: #"\frac1"#),
        Construct(prefix: #"\overset x"#),
        Construct(prefix: #"\binom1"#),
        Construct(prefix: #"\boxed"#),
        Construct(prefix: #"\overbrace"#),
        Construct(prefix: #"\underset1"#),
        Construct(prefix: #"\textcolor{red}"#),
        Construct(prefix: "x^{", suffix: "}"),
        Construct(lead: "x^", prefix: #"\hat"#),
        Construct(lead: "x_", prefix: #"\sqrt"#),
        Construct(prefix: #"\sqrt["#, suffix: "]y"),
        Construct(prefix: #"\sqrt{"#, suffix: "}"),
        Construct(prefix: #"\left("#, suffix: #"\right)"#),
        Construct(prefix: #"\begin{matrix}"#, suffix: #"\end{matrix}"#),
        Construct(prefix: #"\text{$"#, suffix: "$}"),
        Construct(prefix: #"\text{"#, suffix: "}"),
        Construct(prefix: #"\color{red}"#),
        Construct(prefix: #"\displaystyle"#),
        Construct(prefix: #"\xrightarrow"#),
        Construct(prefix: #"\operatorname"#),
        Construct(prefix: #"\mathop"#),
        Construct(prefix: #"\mathrel"#),
        Construct(prefix: #"\substack{"#, suffix: "}"),
        Construct(prefix: "{", suffix: "}"),
    ]

    @Test(arguments: constructs)
    func fiveThousandLevelsAreALocatedError(construct: Construct) {
        let tex = construct.formula(repeats: 5000)
        for display in [false, true] {
            let result = MathConverter().convert(tex, display: display)
            #expect(result.problems.count == 1)
            let problem = result.problems.first
            #expect(problem?.message == "the formula is nested too deeply")
            // The error points at the construct that went one level too deep: past the first
            // 120 / 3 = 40 repeats (a repeat costs at most three levels, see below).
            #expect((construct.prefix.utf8.count * 40..<tex.utf8.count).contains(problem?.offset ?? -1))
        }
    }

    @Test(arguments: constructs)
    func thirtyNineLevelsStillConvert(construct: Construct) {
        // A repeat costs at most three levels (`\text{$`: the command's atom, the text
        // group and the math row inside it), and the formula's own row one more:
        // 1 + 3 × 39 = 118 ≤ 120.
        let result = MathConverter().convert(construct.formula(repeats: 39), display: true)
        #expect(result.problems == [])
    }

    @Test func theLimitIsReachedAtTheHundredAndTwentiethCommand() {
        // The formula's row is level 1 and each \sqrt an atom one level deeper, so the
        // 120th \sqrt is level 121: it starts at byte 119 × 5 = 595.
        let tex = String(repeating: #"\sqrt"#, count: 5000) + " x"
        #expect(MathConverter().convert(tex, display: false).problems
            == [MathProblem(message: "the formula is nested too deeply", offset: 595)])
        #expect(MathConverter().convert(String(repeating: #"\sqrt"#, count: 119) + " x", display: false).succeeded)
    }
}
