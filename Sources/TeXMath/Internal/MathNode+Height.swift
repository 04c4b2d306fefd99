extension MathNode {
    /// Whether the node is taller than a line of text, so that `\left(` and
    /// `\right)` around it must stretch. TeX picks the normal glyph for short
    /// content; browsers stretching to short content choose a wider variant
    /// that leaves visible gaps, so short content gets plain brackets.
    var isTall: Bool {
        switch self {
        case .identifier, .number, .text, .space:
            return false
        case .symbol(let op):
            return op.largeOperator == true || op.size != nil || Self.largeOperatorTexts.contains(op.text)
        case .row(let children):
            return children.contains { $0.isTall }
        case .fraction, .root, .table, .limits:
            return true
        case .scripts(let base, let sub, let sup):
            // A superscript rises above the line (TeX picks a bigger bracket); a subscript alone does not.
            return sup != nil || base.isTall || (sub?.isTall ?? false)
        case .style(let content, let display):
            return display || content.isTall
        case .decorated(let content, let decoration):
            return decoration == .box || content.isTall
        case .phantom(let content, _), .colored(let content, _):
            return content.isTall
        }
    }

    private static let largeOperatorTexts: Set<String> = [
        "∑", "∏", "∐", "⋃", "⋂", "⋁", "⋀", "⨁", "⨂", "⨀", "⨄", "⨆", "∫", "∬", "∭", "∮",
    ]
}
