import Foundation
import Testing
@testable import NBRunCore

/// `--lms canvas` and `--lms moodle`: pages written so that the platform's sanitizer
/// removes nothing (the full allowlist walk is scripts/lms_check.py in `make check`;
/// these tests pin the structural choices it relies on).
@Suite struct LMSPageTests {
    func render(_ platform: LMSPlatform) -> (html: String, output: String) {
        let output = temporaryDirectory()
        let result = runNotebooks(["notebooks/xor.md"], output: output) { $0.lms = platform }
        #expect(result.status == 0, "\(result.diagnostics)")
        return (contents("\(output)/xor.html"), output)
    }

    @Test func canvasPageHasNoStyleElementOrSVGAndFiguresAreImages() throws {
        let (html, output) = render(.canvas)
        #expect(!html.contains("<style"))
        #expect(!html.contains("<svg"))
        #expect(!html.contains("font-weight"), "Canvas drops font-weight from style attributes")
        #expect(!html.contains("<mspace"), "Canvas drops mspace@width; spacing is mpadded")
        #expect(html.contains("<mpadded width="))
        #expect(html.contains("<math"), "Canvas keeps MathML")
        // xor.md's first figure is the network diagram (plot network): 2-3-1 network.
        // The alt text is the SVG's <desc>; PlotNetworkStep draws this diagram 480×256.
        #expect(html.contains(#"<img src="xor/figure-1-network.svg" alt="Diagram of a fully connected network: inputs (2) → hidden 1 (3) → output (1)."#))
        #expect(html.contains(#"width="480" height="256" style="max-width: 100%; height: auto">"#))
        #expect(FileManager.default.fileExists(atPath: "\(output)/xor/figure-1-network.svg"))
        #expect(!html.contains("<dl"), "cards are a table")
        #expect(html.contains("This page needs these files uploaded with it, in the same folders relative to it: xor/figure-1-network.svg"))
        #expect(html.contains("xor/training-1.json"), "exports are listed as files to upload")
        #expect(!FileManager.default.fileExists(atPath: "\(output)/index.html"))
    }

    @Test func moodlePageWritesMathAsTeXForMathJaxAndUsesNoIDs() throws {
        let (html, _) = render(.moodle)
        #expect(!html.contains("<math"))
        #expect(!html.contains("<style"))
        #expect(!html.contains("<svg"))
        #expect(!html.contains(" id="))
        #expect(!html.contains("<details"))
        #expect(!html.contains("<figure"))
        // xor.md line 22: "Write the network as a function of its input $x$ …"
        #expect(html.contains(#"its input \(x\)"#))
        // xor.md line 25: $$\hat{y} = \operatorname{network}(x, \omega)$$
        #expect(html.contains(#"\[\hat{y} = \operatorname{network}(x, \omega)\]"#))
        #expect(html.contains(##"<img src="xor/figure-1-network.svg" alt="Diagram of a fully connected network"##))
    }

    @Test func baseURLMakesImageSourcesAbsolute() {
        let output = temporaryDirectory()
        let result = runNotebooks(["notebooks/xor.md"], output: output) {
            $0.lms = .canvas
            $0.baseURL = "https://canvas.example.edu/courses/7/file_contents/course%20files"
        }
        #expect(result.status == 0, "\(result.diagnostics)")
        let html = contents("\(output)/xor.html")
        #expect(html.contains(#"<img src="https://canvas.example.edu/courses/7/file_contents/course%20files/xor/figure-1-network.svg""#))
        #expect(!html.contains(#"src="xor/"#))
    }

    @Test func removingIDsKeepsEverythingElse() {
        #expect(LMSPageRenderer.removingIDs(#"<h2 id="a-b">A <em>b</em></h2><p>x</p>"#) == "<h2>A <em>b</em></h2><p>x</p>")
    }

    @Test func mspaceBecomesMpaddedOfTheSameWidth() {
        let node = LMSMath.canvas(.element("mrow", [:], [.element("mspace", ["width": "1em"]), .element("mi", [:], text: "Y")]))
        #expect(node == .element("mrow", [:], [.element("mpadded", ["width": "1em"]), .element("mi", [:], text: "Y")]))
    }
}
