import NotebookKit
import Testing

@Suite("Exercises and solutions")
struct ExerciseTests {
    static let lesson = """
        :::{exercise} Two hidden units
        :label: ex-two
        Train XOR with two hidden units.
        :::

        :::{solution} ex-two
        SECRET-ANSWER: some seeds stall.
        :::

        :::{exercise}
        Another one; see @ex-two.
        :::

        """

    private func html(_ solutions: SolutionVisibility) throws -> String {
        TestSupport.proseHTML(try TestSupport.parse(Self.lesson, options: .init(solutions: solutions)))
    }

    @Test("Exercises are numbered; a solution is a folded <details> named after its exercise")
    func hidden() throws {
        #expect(try html(.hide) == """
            <section class="nb-exercise" id="ex-two">
            <p class="nb-exercise-title"><strong>Exercise 1:</strong> Two hidden units</p>
            <p>Train XOR with two hidden units.</p>
            </section>
            <details class="nb-solution">
            <summary><strong>Solution to Exercise 1</strong></summary>
            <p>SECRET-ANSWER: some seeds stall.</p>
            </details>
            <section class="nb-exercise">
            <p class="nb-exercise-title"><strong>Exercise 2</strong></p>
            <p>Another one; see <a class="nb-ref" href="#ex-two">Exercise 1</a>.</p>
            </section>

            """)
    }

    @Test("--solutions show unfolds them; strip leaves no byte of them")
    func showAndStrip() throws {
        #expect(try html(.show).contains("<details class=\"nb-solution\" open>"))
        let stripped = try html(.strip)
        #expect(!stripped.contains("SECRET-ANSWER"))
        #expect(!stripped.contains("nb-solution"))
        #expect(stripped.contains("Exercise 2"))
    }

    @Test("A solution naming an unknown exercise is an error with a suggestion")
    func unknownExercise() {
        #expect(TestSupport.formattedError(":::{exercise}\n:label: ex-two\nx\n:::\n\n:::{solution} ex-tow\ny\n:::\n") == """
            x.md:6:15: error: solution to unknown exercise 'ex-tow'
            :::{solution} ex-tow
                          ^~~~~~
            note: did you mean 'ex-two'?
            note: a solution follows its exercise, which has ':label: ex-tow'

            """)
    }
}
