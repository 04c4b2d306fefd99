/// The ASCII words that stand in for formulas and mark headings while cmark works.
///
/// A token is `prefix + index + kind`, e.g. `nbrunph12m`: letters and digits only,
/// so cmark treats it as part of a word (no emphasis, no escaping, unchanged in
/// URLs). The prefix is chosen so that it never occurs in the notebook's text, so
/// every occurrence in cmark's output is one of ours.
struct PlaceholderToken: Sendable {
    enum Kind: UInt8, Sendable {
        case math = 0x6D     // "m"
        case heading = 0x68  // "h"
        case block = 0x62    // "b": a block taken out before cmark (display math, callout, raw HTML)
        case footnote = 0x66 // "f": a footnote reference `[^name]`
        case reference = 0x72 // "r": a cross-reference `@eq-x`, `\eqref{x}`, resolved once every label is known
    }

    let prefix: String

    /// A prefix absent from `text`: `nbrunph` when it is absent, else `nbrunph` and the
    /// first suffix (shortest first, from letters without `n`) that follows none of its
    /// occurrences. With `m` occurrences a suffix of ⌈log₁₃(m + 1)⌉ letters exists, so
    /// the prefix stays short and finding it is linear in the text (lengthening the
    /// prefix with `x` until absent was quadratic on a long `nbrunphxxx…` word).
    /// Without `n` in the suffix the prefix cannot overlap itself, so no occurrence in the
    /// protected text straddles a token and its neighbour.
    init(avoiding text: String) {
        let base = Array("nbrunph".utf8)
        let bytes = Array(text.utf8)
        var after: [Int] = []
        var searchStart = 0
        while let match = bytes[searchStart...].firstRange(of: base) {
            after.append(match.upperBound)
            searchStart = match.upperBound
        }
        var suffix: [UInt8] = []
        if !after.isEmpty {
            let letters = Array("xyzwvqkjgfdca".utf8)
            var length = 1
            while true {
                let taken = Set(after.compactMap { start in
                    start + length <= bytes.count ? bytes[start..<(start + length)] : nil
                })
                // The first of the letters^length candidates (odometer order) not taken.
                var digits = [Int](repeating: 0, count: length)
                var found: [UInt8]?
                for _ in 0...taken.count {
                    let candidate = digits.map { letters[$0] }
                    if !taken.contains(candidate[...]) { found = candidate; break }
                    var position = length - 1
                    while position >= 0 {
                        digits[position] += 1
                        if digits[position] < letters.count { break }
                        digits[position] = 0
                        position -= 1
                    }
                    if position < 0 { break }
                }
                if let found { suffix = found; break }
                length += 1
            }
        }
        self.prefix = String(decoding: base + suffix, as: UTF8.self)
    }

    func token(_ kind: Kind, _ index: Int) -> String {
        prefix + String(index) + String(UnicodeScalar(kind.rawValue))
    }

    /// A token found in some text: its kind, index and byte range.
    struct Occurrence: Equatable {
        var kind: Kind
        var index: Int
        var range: Range<Int>
    }

    /// Every well-formed token in `bytes`, in order.
    func occurrences(in bytes: [UInt8]) -> [Occurrence] {
        let prefixBytes = Array(prefix.utf8)
        var found: [Occurrence] = []
        var searchStart = 0
        while let match = bytes[searchStart...].firstRange(of: prefixBytes) {
            var index = match.upperBound
            var number = 0
            while index < bytes.count, ASCII.isDigit(bytes[index]), number < 1 << 40 {
                number = number * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            if index > match.upperBound, index < bytes.count, let kind = Kind(rawValue: bytes[index]) {
                found.append(Occurrence(kind: kind, index: number, range: match.lowerBound..<(index + 1)))
                searchStart = index + 1
            } else {
                searchStart = match.upperBound
            }
        }
        return found
    }
}
