import Foundation
import Testing
@testable import NBRunCore

/// A loss that becomes NaN or infinite stops that training with a message naming the
/// epoch and suggesting a smaller learning rate; the report still renders.
@Suite struct DivergenceTests {
    @Test func divergingTrainingIsStoppedAndReported() throws {
        let directory = temporaryDirectory()
        let notebook = directory + "/diverge.md"
        try """
        ```{dataset}
        from: teacher
        layers: 3, 1
        samples: 20
        ```

        ```{model}
        layers: 3, 1
        init: uniform(-1, 1)
        ```

        ```{train}
        learning-rate: 1000
        epochs: 500
        batch: full
        ```
        """.write(toFile: notebook, atomically: true, encoding: .utf8)
        let output = directory + "/out"
        let result = runNotebooks([notebook], output: output)
        #expect(result.status == 0)
        let warning = try #require(result.diagnostics.split(separator: "\n").first)
        #expect(warning.hasPrefix("\(notebook):13:1: warning: the loss became "))
        #expect(warning.contains(" at epoch "))
        #expect(warning.hasSuffix("so training stopped; try a smaller learning rate (now 1000.0)"))
        let report = contents(output + "/diverge.html")
        #expect(report.contains("Training diverged"))
    }
}
