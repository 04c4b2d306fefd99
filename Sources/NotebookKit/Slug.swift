/// GitHub-style heading slugs.
public enum Slug {
    /// The anchor GitHub would give a heading: the text trimmed and lowercased,
    /// every character that is not a letter, mark, number, `_`, `-` or space removed,
    /// then each space turned into `-`. A heading with nothing left gets `section`.
    ///
    ///     Slug.make("Why XOR?  A 2-layer net")   // "why-xor--a-2-layer-net"
    public static func make(_ text: String) -> String {
        var slug = ""
        for scalar in text.trimmingBlanks().lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark,
                 .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation:
                slug.unicodeScalars.append(scalar)
            case _ where scalar == "-":
                slug.append("-")
            case _ where scalar == " ":
                slug.append("-")
            default:
                continue
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
