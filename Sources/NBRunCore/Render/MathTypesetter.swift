import Markup
import NotebookKit
import TeXMath

/// Turns formulas into MathML nodes; a formula that cannot be typeset becomes a
/// visible error span and a warning at the formula's place in the notebook.
struct MathTypesetter {
    private let converter = MathConverter()
    private(set) var warnings: [Diagnostic] = []
    /// Where conversion time is counted, when measured.
    var phaseTimes: PhaseTimes?

    /// Forgets the warnings collected so far (after a renderer has handed them on).
    mutating func clearWarnings() {
        warnings = []
    }

    mutating func typeset(_ span: NotebookKit.MathSpan) -> Node {
        let conversion = phaseTimes.measure(.math) { converter.convert(span.tex, display: span.display) }
        for problem in conversion.problems {
            warnings.append(.warning("cannot typeset this formula: \(problem.message)",
                                     at: Self.location(of: problem.offset, in: span)))
        }
        return conversion.node
    }

    /// The notebook location of UTF-8 byte `offset` inside a formula that may span lines.
    static func location(of offset: Int, in span: NotebookKit.MathSpan) -> SourceLocation {
        var location = span.location
        let bytes = Array(span.tex.utf8)
        var index = 0
        while index < min(offset, bytes.count) {
            if bytes[index] == UInt8(ascii: "\n") {
                location = SourceLocation(path: location.path, line: location.line + 1, column: 1)
            } else {
                location.column += 1
            }
            index += 1
        }
        return location
    }
}
