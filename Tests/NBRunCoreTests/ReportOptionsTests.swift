import Foundation
import Testing
@testable import NBRunCore

/// Escaping, --safe, --fragment, --math-font, math warnings and {load}: behaviour a
/// teacher relies on when publishing a report.
@Suite struct ReportOptionsTests {
    /// Writes `text` as `name.md` in a fresh directory; returns (notebook path, output directory).
    func notebook(_ text: String, name: String = "lesson") throws -> (String, String) {
        let directory = temporaryDirectory()
        let path = "\(directory)/\(name).md"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, "\(directory)/out")
    }

    static let hostile = """
        ---
        title: "<script>alert('title')</script> & friends"
        ---

        Raw <b>inline</b> HTML and a block:

        <div class="custom"><script>alert('block')</script></div>

        Math with markup inside: $\\text{<b>}$.

        ```{dataset}
        from: inline
        X: [[0, 0], [1, 1]]
        y: [0, 1]
        classification: true
        class-names: <i>no</i>, "yes" & more
        ```

        ```{model}
        layers: 2, 1
        output: sigmoid
        ```

        ```{predict}
        caption: Predictions <em>emphasised</em> & escaped <script>x</script>
        ```
        """

    @Test func notebookTextIsEscapedInHTMLSVGAndMathML() throws {
        let (path, output) = try notebook(Self.hostile)
        let result = runNotebooks([path], output: output)
        #expect(result.status == 0, "\(result.diagnostics)")
        let html = contents("\(output)/lesson.html")
        #expect(html.contains("<title>&lt;script&gt;alert('title')&lt;/script&gt; &amp; friends</title>"))
        #expect(html.contains("<mtext>&lt;b&gt;</mtext>"), "TeX cannot inject markup")
        #expect(html.contains("&lt;i&gt;no&lt;/i&gt;"), "class names are text")
        // Default Markdown passes raw HTML through, as every peer does, but GitHub's tag
        // filter turns `<script>` (and `<style>`, `<iframe>`...) into text.
        #expect(html.contains("Raw <b>inline</b> HTML"))
        #expect(html.contains("&lt;script>alert('block')&lt;/script>"))
        #expect(!html.contains("<script>alert('block')"))
    }

    @Test func safeModeStripsRawHTML() throws {
        let (path, output) = try notebook(Self.hostile)
        let result = runNotebooks([path], output: output) { $0.safe = true }
        #expect(result.status == 0, "\(result.diagnostics)")
        let html = contents("\(output)/lesson.html")
        #expect(!html.contains("<script"), "no script survives --safe")
        #expect(!html.contains("<b>inline</b>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(!html.contains("<em>emphasised</em>"), "captions obey --safe too")
    }

    @Test func fragmentHasNoDocumentAndScopedStyles() throws {
        let (path, output) = try notebook("# Fragment\n\nText with $x^2$.\n")
        let result = runNotebooks([path], output: output) { $0.fragment = true }
        #expect(result.status == 0)
        let html = contents("\(output)/lesson.html")
        #expect(html.hasPrefix("<div class=\"nbrun\""))
        for tag in ["<html", "<head>", "<body", "<script", "<!DOCTYPE"] {
            #expect(!html.contains(tag), "a fragment has no \(tag)")
        }
        #expect(html.contains(".nbrun math {"), "math styles are scoped to the fragment")
    }

    @Test func pageHasPrintAndDarkStyles() throws {
        let (path, output) = try notebook("# Styles\n")
        #expect(runNotebooks([path], output: output).status == 0)
        let html = contents("\(output)/lesson.html")
        #expect(html.contains("@media print"))
        #expect(html.contains("prefers-color-scheme:dark"))
        #expect(html.contains("\"Latin Modern Math\", \"STIX Two Math\", \"Cambria Math\", \"DejaVu Math TeX Gyre\", math"))
    }

    @Test func mathFontIsEmbedded() throws {
        let (path, output) = try notebook("Formula $x$.\n")
        let font = "\(output).otf"
        try Data([0x4F, 0x54, 0x54, 0x4F, 1, 2, 3]).write(to: URL(fileURLWithPath: font))
        let result = runNotebooks([path], output: output) { $0.mathFontPath = font }
        #expect(result.status == 0)
        // "OTTO\u{1}\u{2}\u{3}" in base64.
        #expect(contents("\(output)/lesson.html").contains("src: url(data:font/otf;base64,T1RUTwECAw==) format(\"opentype\")"))
    }

    @Test func badFormulaWarnsWithItsLocationAndStillRenders() throws {
        let (path, output) = try notebook("# Math\n\nFine $a+b$, broken $\\frac{a$ and $\\nosuchcommand$.\n")
        let result = runNotebooks([path], output: output)
        #expect(result.status == 0)
        let lines = result.diagnostics.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(path):3:") == true)
        let html = contents("\(output)/lesson.html")
        #expect(html.contains("class=\"math-error\""))
        #expect(html.contains("\\nosuchcommand"))
    }

    @Test func loadContinuesFromAnExport() throws {
        let (trainPath, trainOutput) = try notebook("""
            ```{dataset}
            from: xor
            ```

            ```{model}
            layers: 2, 3, 1
            activation: tanh
            output: tanh
            init: normal
            ```

            ```{train}
            learning-rate: 0.1
            epochs: 300
            batch: per-sample
            ```

            ```{predict}
            ```
            """, name: "first")
        #expect(runNotebooks([trainPath], output: trainOutput).status == 0)
        // A second notebook beside the first output, loading its export by a path relative to itself.
        let second = "\(trainOutput)/second.md"
        try """
            ```{dataset}
            from: xor
            ```

            ```{load}
            path: first/training-1.json
            ```

            ```{predict}
            ```
            """.write(toFile: second, atomically: true, encoding: .utf8)
        let result = runNotebooks([second], output: "\(trainOutput)/again")
        #expect(result.status == 0, "\(result.diagnostics)")
        func predictions(_ html: String) -> String {
            guard let start = html.range(of: "<caption>Predictions</caption>") else { return "" }
            let rest = html[start.lowerBound...]
            return String(rest[..<(rest.range(of: "</table>")?.upperBound ?? rest.endIndex)])
        }
        let before = predictions(contents("\(trainOutput)/first.html"))
        #expect(!before.isEmpty)
        #expect(predictions(contents("\(trainOutput)/again/second.html")) == before)
    }
}
