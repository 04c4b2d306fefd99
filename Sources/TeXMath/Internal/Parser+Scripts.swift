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
        Self.groupBigDelimiters(endingAt: &builder)
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

    /// `\bigl( x \bigr)^2`: TeX attaches the exponent to the closing delimiter, whose
    /// height already places it. Chromium cannot size a lone `<mo>` in a script's base
    /// on the math axis (it sags below the line), so the atoms from the matching sized
    /// opening delimiter to the closing one become the base: the same height, the
    /// same exponent position, and both delimiters stretch inside one row.
    /// Nothing changes when the last atom is not an unscripted sized closing delimiter
    /// or no sized opening delimiter precedes it.
    static func groupBigDelimiters(endingAt builder: inout RowBuilder) {
        guard let close = builder.atoms.last, close.kind == .close, close.sub == nil, close.sup == nil,
              close.primes == 0, case .symbol(let closing) = close.node, closing.size != nil else { return }
        var depth = 0
        for index in builder.atoms.indices.dropLast().reversed() {
            let atom = builder.atoms[index]
            guard case .symbol(let op) = atom.node, op.size != nil else { continue }
            if atom.kind == .close { depth += 1 }
            if atom.kind == .open {
                if depth > 0 { depth -= 1; continue }
                let group = RowBuilder(atoms: Array(builder.atoms[index...]))
                builder.atoms.removeSubrange(index...)
                builder.append(Atom(.row(group.nodes()), kind: .close))
                return
            }
        }
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
