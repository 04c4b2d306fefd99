import Markup

/// The result of converting one formula.
public struct MathConversion: Sendable, Equatable {
    /// `<math>` (with `<semantics>` and the TeX annotation), or, when the TeX
    /// cannot be converted, `<span class="math-error" title="message">source</span>`.
    public var node: Node
    /// What was wrong; empty when the formula converted.
    public var problems: [MathProblem]

    /// Whether `node` is MathML rather than an error span.
    public var succeeded: Bool { problems.isEmpty }

    public init(node: Node, problems: [MathProblem]) {
        self.node = node
        self.problems = problems
    }
}

/// A problem in a formula and where it is.
public struct MathProblem: Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// UTF-8 byte offset into the formula's TeX (the text between the delimiters);
    /// add the offset of the TeX in its file to get a file column.
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(offset): \(message)" }
}
