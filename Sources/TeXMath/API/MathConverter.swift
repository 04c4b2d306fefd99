import Markup

/// Converts LaTeX math to MathML Core: tokenizer → parser → math tree → MathML writer.
///
/// ```swift
/// let result = MathConverter().convert(#"\frac{\partial E}{\partial w}"#, display: true)
/// MarkupWriter().render(result.node)   // <math display="block"><semantics>…
/// ```
///
/// Bad input never throws: the result is then an error span showing the
/// source, and ``MathConversion/problems`` says what is wrong and where.
public struct MathConverter: Sendable {
    public init() {}

    /// The MathML for `tex` (the formula without its `$` delimiters).
    /// - Parameter display: `true` for `$$...$$` and `\[...\]` (`<math display="block">`).
    public func convert(_ tex: String, display: Bool) -> MathConversion {
        do throws(MathSyntaxError) {
            let tokens = try Tokenizer(source: tex).tokens()
            var parser = Parser(tokens: tokens, sourceLength: tex.utf8.count)
            let tree = try parser.parseFormula()
            return MathConversion(node: MathMLWriter.math(tree, source: tex, display: display), problems: [])
        } catch {
            let span = Node.element("span", ["class": "math-error", "title": error.message], text: tex)
            return MathConversion(node: span, problems: [MathProblem(message: error.message, offset: error.offset)])
        }
    }

}
