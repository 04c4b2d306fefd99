import Markup
import Numerals
/// Inline Markdown with simple TeX as plain Unicode text, for places that take
/// text only (table headings, card labels, matrix captions): `$x_{1}$` → `x₁`,
/// `$\hat{y}$` → `ŷ`, `` `x1` `` → `x1`.
enum PlainText {
    static func from(_ markdown: String) -> String {
        var text = markdown.replacingAll("`", with: "")
        guard text.contains("$") else { return text }
        text = text.replacingAll("$", with: "")
        let replacements: [(String, String)] = [
            ("\\hat{y}", "ŷ"), ("\\frac{\\partial E}{\\partial ", "∂E/∂"), ("\\partial", "∂"), ("\\eta", "η"),
            ("\\sigma", "σ"), ("\\,", " "), ("\\leftarrow", "←"), ("\\top", "ᵀ"), ("f'", "f′"),
        ]
        for (tex, unicode) in replacements { text = text.replacingAll(tex, with: unicode) }
        // Subscripts: _{12} and _1.
        var result = ""
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "_" {
                var digits = ""
                if index + 1 < characters.count, characters[index + 1] == "{" {
                    var end = index + 2
                    while end < characters.count, characters[end] != "}" { digits.append(characters[end]); end += 1 }
                    index = end + 1
                } else if index + 1 < characters.count {
                    digits = String(characters[index + 1])
                    index += 2
                }
                result += digits.map { subscriptDigit($0) }.joined()
                continue
            }
            if character == "}" , result.hasPrefix("∂E/∂") || text.hasPrefix("∂E/∂") {
                index += 1
                continue
            }
            result.append(character)
            index += 1
        }
        characters = []
        return result
    }

    /// A digit as a subscript digit (``Numerals/subscriptDigits(_:)``); other characters as they are.
    static func subscriptDigit(_ character: Character) -> String {
        guard let value = character.wholeNumberValue, value < 10, character.isASCII else { return String(character) }
        return Numerals.subscriptDigits(value)
    }
}
