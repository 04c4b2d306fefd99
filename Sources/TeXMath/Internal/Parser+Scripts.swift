/// Scripts, primes and `\limits` attached to the atom before them.
extension Parser {
    mutating func attachScript(to builder: inout RowBuilder) throws(MathSyntaxError) {
        let token = peek!
        advance()
        let isSuperscript = token.kind == .superscriptMark
        if builder.atoms.isEmpty || builder.atoms[builder.atoms.count - 1].kind == .space {
            // `^2` with nothing before: TeX attaches it to an empty base.
            builder.append(Atom(.row([]), kind: .ordinary))
        }
        let script = try parseArgument(for: isSuperscript ? "^" : "_", at: token.offset)
        var atom = builder.atoms.removeLast()
        if isSuperscript {
            guard atom.sup == nil else { throw MathSyntaxError("double superscript", at: token.offset) }
            if let count = Self.primeOnlySuperscript(script) {
                atom.primes += count
            } else {
                atom.sup = script
            }
        } else {
            guard atom.sub == nil else { throw MathSyntaxError("double subscript", at: token.offset) }
            atom.sub = script
        }
        builder.append(atom)
    }

    /// The number of primes when a superscript is only `\prime`s (`f^{\prime}` is `f′`).
    private static func primeOnlySuperscript(_ script: MathNode) -> Int? {
        let prime = MathNode.symbol(.ordinary("\u{2032}"))
        if script == prime { return 1 }
        if case .row(let items) = script, !items.isEmpty, items.allSatisfy({ $0 == prime }) { return items.count }
        return nil
    }

    mutating func attachPrime(to builder: inout RowBuilder) {
        advance()
        guard let last = builder.atoms.last, last.kind != .space else {
            // `x^{'}`, `a\ '`: a prime with nothing before it is the prime sign itself.
            builder.append(Atom(.symbol(.ordinary("\u{2032}")), kind: .ordinary))
            return
        }
        var atom = builder.atoms.removeLast()
        guard atom.sup == nil, atom.sub == nil else {
            // x_i' : TeX treats the prime as a superscript; keep it beside the scripts.
            builder.append(atom)
            builder.append(Atom(.symbol(.ordinary("\u{2032}")), kind: .ordinary))
            return
        }
        atom.primes += 1
        builder.append(atom)
    }

    mutating func setLimits(of builder: inout RowBuilder, token: Token) throws(MathSyntaxError) {
        advance()
        guard var atom = builder.atoms.popLast(), atom.kind == .largeOperator || atom.kind == .function else {
            throw MathSyntaxError("\(token.spelling) must follow an operator such as \\sum or \\lim", at: token.offset)
        }
        if token.isCommand("limits") {
            atom.placement = .always
            if case .symbol(var op) = atom.node {
                op.movableLimits = false
                atom.node = .symbol(op)
            }
        } else {
            atom.placement = .side
        }
        builder.append(atom)
    }
}
