import Foundation
import Testing
@testable import NBRunCore

/// A notebook with `shape:`, `conv2d`, `maxpool`, `flatten` and `dropout` runs end to end
/// (Fixtures/layers/tiny-conv.md), and the model table, weights and diagram show the new layers.
@Suite struct ImageLayerTests {
    static let output: String = {
        let directory = temporaryDirectory()
        let result = runNotebooks(["Tests/NBRunCoreTests/Fixtures/layers/tiny-conv.md"], output: directory)
        precondition(result.status == 0, "tiny-conv.md failed:\n\(result.diagnostics)")
        return directory
    }()

    var report: String { contents(Self.output + "/tiny-conv.html") }

    @Test func modelTableShowsShapesOfTheImageLayers() {
        // 1×4×4 → conv 2×2 → 2×3×3 → maxpool 3, stride 1 → 2×1×1 → flatten → 2.
        #expect(report.contains("conv2d 2 filters 2×2: 1×4×4 → 2×3×3"))
        #expect(report.contains("<td>maxpool 3×3, stride 1</td><td>2×3×3 → 2</td>"))
        #expect(report.contains("<td>flatten</td><td>2 → 2</td>"))
        #expect(report.contains("dropout 0.25 (training only)"))
        #expect(report.contains("W₁ 2×4, 2 biases"))
    }

    @Test func gradientCheckPassesThroughTheConvolution() {
        #expect(!report.contains("Gradient check failed"))
        #expect(report.contains("✓ pass"))
    }

    @Test func weightsAndDiagramShowTheParameterisedLayers() {
        // {weights}: W₁ is the convolution's 2 × 4 filters, W₂ the dense layer's 2 × 2.
        #expect(report.contains("<caption>W₁ (2×4)</caption>") && report.contains("<caption>W₂ (2×2)</caption>"))
        // {plot network}: the dense part, from the 2 flattened features.
        #expect(files(under: Self.output).contains("tiny-conv/figure-1-network.svg"))
        #expect(contents(Self.output + "/tiny-conv/figure-1-network.svg").contains("features"))
    }

    @Test func secondRunIsByteIdentical() {
        let again = temporaryDirectory()
        let result = runNotebooks(["Tests/NBRunCoreTests/Fixtures/layers/tiny-conv.md"], output: again)
        #expect(result.status == 0)
        #expect(contents(again + "/tiny-conv.html") == report)
    }
}
