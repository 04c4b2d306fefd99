import Foundation
import NotebookKit
import Testing

@Suite("Images are embedded so the page stays one file")
struct ImageTests {
    /// A notebook in a fresh folder with `img/dot.svg` beside it.
    private func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "nbrun-images-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/img", withIntermediateDirectories: true)
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".write(toFile: folder + "/img/dot.svg", atomically: true, encoding: .utf8)
        return folder
    }

    private func parse(_ markdown: String, in folder: String) throws(Diagnostic) -> Notebook {
        try NotebookParser(options: .init(images: .embed)).parse(markdown, path: folder + "/lesson.md")
    }

    @Test("A local image becomes a data: URL")
    func embedded() throws {
        let folder = try folder()
        let notebook = try parse("![A dot](img/dot.svg)\n", in: folder)
        // base64 of the 40 bytes written above.
        let base64 = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8).base64EncodedString()
        #expect(TestSupport.proseHTML(notebook) == "<p><img src=\"data:image/svg+xml;base64,\(base64)\" alt=\"A dot\" /></p>\n")
        #expect(notebook.warnings.isEmpty)
        #expect(notebook.activeContent == ActiveContent())
    }

    @Test("A missing image is an error at its line")
    func missing() throws {
        let folder = try folder()
        #expect(throws: Diagnostic.self) { try parse("Text\n\n![A plot](img/none.png)\n", in: folder) }
        do {
            _ = try parse("Text\n\n![A plot](img/none.png)\n", in: folder)
        } catch {
            #expect(error.message == "image 'img/none.png' not found")
            #expect(error.location.line == 3)
        }
    }

    @Test("A remote image is kept and warned about; no alt text is a warning")
    func remoteAndAlt() throws {
        let notebook = try parse("![](https://example.org/x.png)\n", in: try folder())
        #expect(TestSupport.proseHTML(notebook) == "<p><img src=\"https://example.org/x.png\" alt=\"\" /></p>\n")
        #expect(notebook.warnings.map(\.message) == [
            "image 'https://example.org/x.png' has no alt text",
            "image 'https://example.org/x.png' is loaded from the network",
        ])
        #expect(notebook.activeContent.needsNetwork)
    }
}
