import Foundation
import Testing
@testable import NBRunCore

/// The model table's words (issue 14: "1 biases").
@Suite struct ModelTableTests {
    @Test func oneBiasIsSingular() throws {
        let output = temporaryDirectory()
        let run = runNotebooks(["notebooks/xor.md"], output: output)
        #expect(run.status == 0, "\(run.diagnostics)")
        let page = contents(output + "/xor.html")
        // xor.md's model: dense 2 -> 3, tanh, dense 3 -> 1, tanh.
        #expect(page.contains("W₁ 2×3, 3 biases"))
        #expect(page.contains("W₂ 3×1, 1 bias"))
        #expect(!page.contains("1 biases"))
    }
}
