/// One item of a row while it is being parsed: a node, its TeX class (which
/// decides spacing) and the scripts and primes attached to it so far.
struct Atom: Sendable {
    /// TeX's atom classes, as far as spacing in MathML needs them.
    enum Kind: Sendable, Equatable {
        case ordinary, largeOperator, function, binary, relation, open, close, punctuation, inner, space
        /// `\left ... \right`: inner, but a function name before it takes no space (`\exp\left(`).
        case delimited
    }

    /// Where scripts go.
    enum Placement: Sendable, Equatable {
        /// At the side (`x_i`).
        case side
        /// Under and over; inline they move to the side (`\sum`, `\lim`: the `<mo>` has `movablelimits`).
        case movable
        /// Always under and over (`\underbrace{...}_{n}`, `\sum\limits`).
        case always
    }

    var node: MathNode
    var kind: Kind
    var placement: Placement = .side
    var sub: MathNode?
    var sup: MathNode?
    var primes = 0

    init(_ node: MathNode, kind: Kind, placement: Placement = .side) {
        self.node = node
        self.kind = kind
        self.placement = placement
    }

    /// The atom with its primes and scripts applied.
    ///
    /// Primes are written beside the base as `′` (U+2032 is already a raised
    /// glyph), so `f'^2` is `<msup><mrow>f′</mrow>2</msup>`.
    var finished: MathNode {
        var base = node
        if primes > 0 {
            let marks = ["\u{2032}", "\u{2033}", "\u{2034}", "\u{2057}"]
            let text = primes <= 4 ? marks[primes - 1] : String(repeating: "\u{2032}", count: primes)
            base = .row([base, .symbol(.ordinary(text))])
        }
        guard sub != nil || sup != nil else { return base }
        switch placement {
        case .side: return .scripts(base: base, sub: sub, sup: sup)
        case .movable, .always: return .limits(base: base, under: sub, over: sup, accent: false)
        }
    }
}
