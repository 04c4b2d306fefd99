import Foundation
import NotebookKit
import Testing

/// One example of the CommonMark 0.30 specification (spec.json).
struct CommonMarkExample: Decodable, Sendable, CustomTestStringConvertible {
    var example: Int
    var section: String
    var markdown: String
    var html: String

    var testDescription: String { "example \(example) (\(section))" }

    /// `../shared/conformance/commonmark-0.30-spec.json`, beside the repository.
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // NotebookKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()  // the directory holding the repository
        .appendingPathComponent("shared/conformance/commonmark-0.30-spec.json")

    static var fileExists: Bool { FileManager.default.fileExists(atPath: fileURL.path) }

    /// In CI (`CI` set) the tests run, and fail, when the spec file is missing.
    static var required: Bool { fileExists || ProcessInfo.processInfo.environment["CI"] != nil }

    /// Every example whose Markdown has no `$` (those are math in a notebook, by design).
    static func withoutDollars() -> [CommonMarkExample] {
        guard let data = try? Data(contentsOf: fileURL),
              let examples = try? JSONDecoder().decode([CommonMarkExample].self, from: data) else { return [] }
        return examples.filter { !$0.markdown.contains("$") }
    }
}

@Suite("CommonMark 0.30 conformance of prose rendering")
struct CommonMarkConformanceTests {
    @Test(
        "Prose renders exactly as the spec says",
        .enabled(if: CommonMarkExample.required, "spec file ../shared/conformance/commonmark-0.30-spec.json is absent"),
        arguments: CommonMarkExample.withoutDollars())
    func example(_ example: CommonMarkExample) throws {
        // Anchors off (the spec's headings have no ids), raw HTML passed through, and no
        // front matter: examples 96 and 98 start with a '---' thematic break.
        let options = NotebookParser.Options(safe: false, headingAnchors: false, frontMatter: false)
        let notebook = try TestSupport.parse(example.markdown, options: options)
        #expect(notebook.steps.isEmpty)
        #expect(TestSupport.mathSpans(notebook).isEmpty)
        #expect(TestSupport.proseHTML(notebook) == example.html)
    }

    @Test("The spec file holds the 647 examples without '$' (652 in all)",
          .enabled(if: CommonMarkExample.required, "spec file is absent"))
    func exampleCount() {
        // spec.json of CommonMark 0.30 has 652 examples; 5 contain '$'.
        #expect(CommonMarkExample.withoutDollars().count == 647)
    }
}
