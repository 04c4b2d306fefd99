/// "Did you mean ...?" for misspelt names.
public enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo:
    /// Damerau–Levenshtein distance `d ≤ max(1, word.count / 3)` (counted in characters).
    /// Ties go to the candidate listed first; an exact match is never suggested.
    ///
    ///     Suggestion.closest(to: "epoch", among: ["epochs", "loss"])  // "epochs"
    ///     Suggestion.closest(to: "titel", among: ["title"])           // "title" (one transposition)
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = damerauLevenshtein(Array(word), Array(candidate))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The unrestricted Damerau–Levenshtein distance (Lowrance–Wagner): the fewest
    /// insertions, deletions, substitutions and transpositions of two adjacent
    /// characters turning `a` into `b`, where a transposed pair may also be edited.
    static func damerauLevenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let infinity = a.count + b.count
        // d[i + 1][j + 1] is the distance between a[..<i] and b[..<j]; row and column 0 hold the sentinel.
        var d = Array(repeating: Array(repeating: 0, count: b.count + 2), count: a.count + 2)
        d[0][0] = infinity
        for i in 0...a.count { d[i + 1][0] = infinity; d[i + 1][1] = i }
        for j in 0...b.count { d[0][j + 1] = infinity; d[1][j + 1] = j }
        var lastRowOf: [Character: Int] = [:]
        for i in 1...a.count {
            var lastMatchingColumn = 0
            for j in 1...b.count {
                let k = lastRowOf[b[j - 1]] ?? 0
                let l = lastMatchingColumn
                let cost: Int
                if a[i - 1] == b[j - 1] { cost = 0; lastMatchingColumn = j } else { cost = 1 }
                d[i + 1][j + 1] = min(
                    d[i][j] + cost,
                    d[i + 1][j] + 1,
                    d[i][j + 1] + 1,
                    d[k][l] + (i - k - 1) + 1 + (j - l - 1)
                )
            }
            lastRowOf[a[i - 1]] = i
        }
        return d[a.count + 1][b.count + 1]
    }
}
