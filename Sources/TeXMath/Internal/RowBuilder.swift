/// Collects the atoms of one row and turns them into nodes with TeX's spacing
/// where MathML's operator dictionary would get it wrong.
struct RowBuilder {
    var atoms: [Atom] = []

    mutating func append(_ atom: Atom) {
        atoms.append(atom)
    }

    /// Applies two rules of TeX's spacing table and returns the row's nodes:
    /// - a binary operator after nothing, an opening bracket, a relation, punctuation
    ///   or another operator is unary (`form="prefix"`: `(-h)`, `= -x`);
    /// - a function name is set off by a thin space (3/18 em) from an ordinary
    ///   atom on either side (`x \log y`, `\sin x`), but not from a bracket (`\sin(x)`).
    func nodes() -> [MathNode] {
        var result: [MathNode] = []
        var previous: Atom.Kind?
        var previousIsSpace = false
        for (index, atom) in atoms.enumerated() {
            var node = atom.finished
            if atom.kind == .space {
                result.append(node)
                previousIsSpace = true
                continue
            }
            let next = index + 1 < atoms.count ? atoms[index + 1].kind : nil
            if atom.kind == .binary, Self.makesUnary(previous),
               case .symbol(var op) = node, atom.sub == nil, atom.sup == nil {
                op.form = .prefix
                node = .symbol(op)
            }
            if atom.kind == .function, !previousIsSpace, let previous, [.ordinary, .inner, .close, .delimited].contains(previous) {
                result.append(.space(.em(3.0 / 18)))
            }
            result.append(node)
            if atom.kind == .function, let next, [.ordinary, .inner, .function, .largeOperator].contains(next) {
                result.append(.space(.em(3.0 / 18)))
            }
            previous = atom.kind
            previousIsSpace = false
        }
        return result
    }

    private static func makesUnary(_ kind: Atom.Kind?) -> Bool {
        guard let kind else { return true }
        switch kind {
        case .binary, .relation, .open, .punctuation, .largeOperator: return true
        default: return false
        }
    }
}
