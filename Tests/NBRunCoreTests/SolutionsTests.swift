import Foundation
import NBRunCore
import Testing

/// `--solutions strip` writes the student edition: no byte of any solution in any file.
@Suite struct SolutionsTests {
    static let lesson = """
        ---
        title: Strip test
        ---

        ```{dataset}
        from: xor
        ```

        :::{exercise}
        :label: ex-one
        Why does XOR need a hidden layer?
        :::

        :::{solution} ex-one
        ANSWER-TEXT-7f3: no line separates the classes, $\\text{SOLUTION-MATH-7f3}$.
        :::
        """

    @Test func stripLeavesNoByteOfASolutionInAnyOutputFile() throws {
        let folder = NSTemporaryDirectory() + "nbrun-solutions-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/lesson.md"
        try Self.lesson.write(toFile: path, atomically: true, encoding: .utf8)
        for (mode, expectPresent) in [(SolutionVisibility.hide, true), (.strip, false)] {
            let output = folder + "/out-\(mode.rawValue)"
            let result = runNotebooks([path], output: output) { $0.solutions = mode }
            #expect(result.status == 0, "\(result.diagnostics)")
            let files = FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String } ?? []
            #expect(!files.isEmpty)
            var found = false
            for file in files {
                let text = contents(output + "/" + file)
                if text.contains("ANSWER-TEXT-7f3") || text.contains("SOLUTION-MATH-7f3") || text.contains("Solution to Exercise") {
                    found = true
                }
            }
            #expect(found == expectPresent, "mode \(mode.rawValue): solution text found = \(found)")
        }
    }
}
