/// One lexical unit of TeX math, with where it starts in the source.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `\name` (letters) or `\c` (one non-letter); the name is stored without the backslash.
        case command(String)
        /// Any other single character: letters, digits, punctuation.
        case character(Unicode.Scalar)
        case beginGroup
        case endGroup
        case superscriptMark
        case subscriptMark
        case alignmentTab
        /// One or more spaces, tabs or line breaks.
        case space
    }

    var kind: Kind
    /// UTF-8 byte offset of the token's first byte in the formula.
    var offset: Int
}

extension Token {
    /// Whether the token is the character `scalar`.
    func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
        kind == .character(scalar)
    }

    /// Whether the token is the command `\name`.
    func isCommand(_ name: String) -> Bool {
        kind == .command(name)
    }

    /// The token as the TeX source would spell it (for messages).
    var spelling: String {
        switch kind {
        case .command(let name): return "\\" + name
        case .character(let scalar): return String(Character(scalar))
        case .beginGroup: return "{"
        case .endGroup: return "}"
        case .superscriptMark: return "^"
        case .subscriptMark: return "_"
        case .alignmentTab: return "&"
        case .space: return " "
        }
    }
}
