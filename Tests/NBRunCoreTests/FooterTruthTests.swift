import Foundation
import NBRunCore
import Testing

/// The footer claims "No scripts and no network" only when the page has neither.
@Suite struct FooterTruthTests {
    private func page(_ markdown: String, safe: Bool = false) throws -> String {
        let folder = NSTemporaryDirectory() + "nbrun-footer-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try markdown.write(toFile: folder + "/lesson.md", atomically: true, encoding: .utf8)
        let result = runNotebooks([folder + "/lesson.md"], output: folder + "/out") { $0.safe = safe }
        #expect(result.status == 0, "\(result.diagnostics)")
        return contents(folder + "/out/lesson.html")
    }

    @Test func rawScriptChangesTheFooter() throws {
        let markdown = "Text.\n\n```{=html}\n<script>document.title = 'x'</script>\n```\n"
        let html = try page(markdown)
        #expect(html.contains("<script>document.title = 'x'</script>"))
        #expect(html.contains("It runs scripts from the notebook's raw HTML; it needs no network."))
        #expect(!html.contains("No scripts and no network"))
        let safe = try page(markdown, safe: true)
        #expect(!safe.contains("<script>"))
        #expect(safe.contains("No scripts and no network: everything it shows is in this file."))
    }

    @Test func remoteImageChangesTheFooter() throws {
        let html = try page("![A plot](https://example.org/plot.png)\n")
        #expect(html.contains("No scripts, but it loads resources from the network"))
    }

    @Test func dollarsAroundAScriptStayMath() throws {
        let html = try page("$$\n<script>alert(1)</script>\n$$\n")
        #expect(!html.contains("<script>"))
        #expect(html.contains("No scripts and no network: everything it shows is in this file."))
    }
}
