/// Pandoc's attribute syntax, as Quarto writes it after a fence or a formula:
/// `{#eq-loss}`, `{.callout-note title="Mind the gap" collapse="true"}`.
///
/// Inside the braces, separated by blanks: `#identifier`, `.class`, and `key=value`
/// where the value is a bare word or a `"double-quoted string"` with `\"` and `\\`.
struct AttributeList: Equatable {
    var identifier: String?
    var classes: [String] = []
    /// In the order written; a repeated key keeps every occurrence.
    var pairs: [(key: String, value: String)] = []

    static func == (lhs: AttributeList, rhs: AttributeList) -> Bool {
        lhs.identifier == rhs.identifier && lhs.classes == rhs.classes
            && lhs.pairs.map(\.key) == rhs.pairs.map(\.key) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }

    func value(_ key: String) -> String? {
        pairs.last { $0.key == key }?.value
    }

    /// The attributes in `text`, which must be exactly `{...}` (blanks around allowed); nil otherwise.
    init?(_ text: Substring) {
        let trimmed = text.trimmedBlanks()
        guard trimmed.first == "{", trimmed.last == "}", trimmed.count >= 2 else { return nil }
        var rest = trimmed.dropFirst().dropLast()[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let first = rest.first else { break }
            if first == "#" || first == "." {
                let word = rest.dropFirst().prefix { !$0.isWhitespace }
                guard !word.isEmpty else { return nil }
                if first == "#" { identifier = String(word) } else { classes.append(String(word)) }
                rest = rest.dropFirst(word.count + 1)
                continue
            }
            let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            guard !key.isEmpty, rest.dropFirst(key.count).first == "=" else { return nil }
            rest = rest.dropFirst(key.count + 1)
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var closed = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if character == "\\", let next = rest.first, next == "\"" || next == "\\" {
                        value.append(next)
                        rest = rest.dropFirst()
                    } else if character == "\"" {
                        closed = true
                        break
                    } else {
                        value.append(character)
                    }
                }
                guard closed else { return nil }
            } else {
                let word = rest.prefix { !$0.isWhitespace }
                value = String(word)
                rest = rest.dropFirst(word.count)
            }
            pairs.append((String(key), value))
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmedBlanks() -> SubSequence {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
