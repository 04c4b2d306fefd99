@testable import NotebookKit
import Testing

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test("Close names are suggested, far ones are not")
    func closest() {
        #expect(Suggestion.closest(to: "epoch", among: ["loss", "epochs"]) == "epochs")
        #expect(Suggestion.closest(to: "titel", among: ["title", "subtitle"]) == "title")  // one transposition
        #expect(Suggestion.closest(to: "colour", among: ["title", "seed"]) == nil)
        #expect(Suggestion.closest(to: "lr", among: ["lr"]) == nil)  // an exact match is not a typo
        // 9 characters allow a distance of 3: "lernrate" → "learning rate" is 5 away, "learnrate" 2 away.
        #expect(Suggestion.closest(to: "lernrate", among: ["learning rate", "learnrate"]) == "learnrate")
    }

    @Test("Damerau–Levenshtein distances (unrestricted: a transposed pair may be edited again)")
    func distances() {
        func distance(_ a: String, _ b: String) -> Int { Suggestion.damerauLevenshtein(Array(a), Array(b)) }
        #expect(distance("", "abc") == 3)
        #expect(distance("kitten", "sitting") == 3)  // the textbook Levenshtein example
        #expect(distance("ab", "ba") == 1)
        // "ca" → "ac" (transpose) → "abc" (insert): 2; optimal string alignment would say 3.
        #expect(distance("ca", "abc") == 2)
    }
}
