/// GFM strikethrough (spec, "Strikethrough (extension)"): text between two runs of
/// one or two tildes of the same length, `~~gone~~` or `~gone~`. A run opens when it is
/// left-flanking and closes when right-flanking (CommonMark's delimiter rules, with
/// anything that is not text beside a run counting as punctuation); a closer pairs
/// with the nearest opener of its length, and openers between them are dropped.
enum Strikethrough {
    /// A tilde run with the characters around it (nil: start or end of the inline content).
    struct Run {
        var length: Int
        var before: Character?
        var after: Character?
    }

    /// The pairs (indices into `runs`) that enclose struck-out text, innermost first.
    static func pairs(_ runs: [Run]) -> [(opener: Int, closer: Int)] {
        var stack: [Int] = []
        var pairs: [(Int, Int)] = []
        for (index, run) in runs.enumerated() where run.length <= 2 {
            let before = run.before ?? " "
            let after = run.after ?? " "
            let leftFlanking = !after.isWhitespace && (!isPunctuation(after) || before.isWhitespace || isPunctuation(before))
            let rightFlanking = !before.isWhitespace && (!isPunctuation(before) || after.isWhitespace || isPunctuation(after))
            if rightFlanking, let position = stack.lastIndex(where: { runs[$0].length == run.length }) {
                pairs.append((stack[position], index))
                stack.removeSubrange(position...)
            } else if leftFlanking {
                stack.append(index)
            }
        }
        return pairs
    }

    static func isPunctuation(_ character: Character) -> Bool {
        character.isPunctuation || character.isSymbol
    }
}
