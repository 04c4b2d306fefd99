import Foundation
import NotebookKit
import Testing

/// One example of a GitHub-flavoured Markdown test file in ../shared/conformance.
struct GFMExample: Decodable, Sendable, CustomTestStringConvertible {
    var example: Int
    var section: String
    var markdown: String
    var html: String

    var testDescription: String { "example \(example) (\(section))" }

    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/conformance/\(name)")
    }

    static let specFile = url("gfm-spec-extensions.json")
    static let cmarkGFMFile = url("cmark-gfm-extensions-tests.json")

    static func load(_ file: URL) -> [GFMExample] {
        guard let data = try? Data(contentsOf: file) else { return [] }
        return (try? JSONDecoder().decode([GFMExample].self, from: data)) ?? []
    }

    /// The prose HTML nbrun makes of `markdown`, with options like the spec's renderer.
    func rendered() throws -> String {
        let options = NotebookParser.Options(safe: false, headingAnchors: false, frontMatter: false, tableWrapperClass: nil)
        return TestSupport.proseHTML(try TestSupport.parse(markdown, options: options))
    }
}

@Suite("GitHub-flavoured Markdown conformance of prose rendering")
struct GFMConformanceTests {
    @Test(
        "Every extension example of the GFM spec renders as the spec says",
        .enabled(if: FileManager.default.fileExists(atPath: GFMExample.specFile.path), "gfm-spec-extensions.json is absent"),
        arguments: GFMExample.load(GFMExample.specFile))
    func specExample(_ example: GFMExample) throws {
        #expect(try example.rendered() == example.html)
    }

    @Test("The GFM spec file holds its 24 extension examples",
          .enabled(if: FileManager.default.fileExists(atPath: GFMExample.specFile.path), "file is absent"))
    func specCount() {
        // Tables 198–205, task lists 279–280, strikethrough 491–492, autolinks 621–631, tag filter 653.
        #expect(GFMExample.load(GFMExample.specFile).count == 24)
    }

    /// cmark-gfm's own extension tests where nbrun writes what cmark-gfm writes. The others
    /// differ by design: 20 expects nothing in particular (`<IGNORE>`, "must not crash" is
    /// checked below); 23 is footnotes, which nbrun numbers and lists in its own HTML
    /// (FootnoteTests); 26–28 write a task list's checkbox `<input type="checkbox" disabled="" />`
    /// where the GFM spec, which nbrun follows, writes `<input disabled="" type="checkbox">`.
    static let cmarkGFMDifferences: Set<Int> = [20, 23, 26, 27, 28]

    @Test(
        "cmark-gfm's extension tests render as cmark-gfm renders them",
        .enabled(if: FileManager.default.fileExists(atPath: GFMExample.cmarkGFMFile.path), "cmark-gfm-extensions-tests.json is absent"),
        arguments: GFMExample.load(GFMExample.cmarkGFMFile).filter { !GFMConformanceTests.cmarkGFMDifferences.contains($0.example) })
    func cmarkGFMExample(_ example: GFMExample) throws {
        #expect(try example.rendered() == example.html)
    }

    @Test("cmark-gfm's task list tests match once the checkbox is written the GFM spec's way")
    func taskListsModuloAttributeOrder() throws {
        for example in GFMExample.load(GFMExample.cmarkGFMFile) where [26, 27, 28].contains(example.example) {
            let expected = example.html
                .replacingOccurrences(of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />", with: "<input checked=\"\" disabled=\"\" type=\"checkbox\">")
                .replacingOccurrences(of: "<input type=\"checkbox\" disabled=\"\" />", with: "<input disabled=\"\" type=\"checkbox\">")
            #expect(try example.rendered() == expected, "example \(example.example)")
        }
    }

    @Test("An odd email-like text neither crashes nor links (cmark-gfm test 20)")
    func oddEmail() throws {
        #expect(try GFMExample(example: 20, section: "", markdown: "This shouldn't crash everything: (_A_@_.A\n", html: "").rendered()
            == "<p>This shouldn't crash everything: (<em>A</em>@_.A</p>\n")
    }
}
