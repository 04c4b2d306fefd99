import Foundation
import Markup
import Testing
@testable import TeXMath

/// The golden corpus: every formula in Fixtures/corpus.txt converted, checked for
/// well-formed XML, and compared with Fixtures/corpus.golden.
@Suite struct CorpusTests {
    let entries: [CorpusEntry]
    let outputs: [String]

    init() throws {
        entries = try CorpusEntry.all()
        let converter = MathConverter()
        outputs = entries.map { MarkupWriter().render(converter.convert($0.tex, display: $0.display).node) }
    }

    @Test func corpusHasAtLeastThreeHundredFormulas() {
        #expect(entries.count >= 300)
    }

    @Test func everyOutputIsWellFormedXML() {
        for (entry, output) in zip(entries, outputs) {
            #expect(WellFormedXML.problem(in: output) == nil, "\(entry): \(output)")
        }
    }

    @Test func formulasConvertOrFailAsMarked() {
        let converter = MathConverter()
        for entry in entries {
            let result = converter.convert(entry.tex, display: entry.display)
            if entry.expectation == .error {
                #expect(!result.succeeded, "expected an error span: \(entry)")
                #expect(result.problems.allSatisfy { (0...entry.tex.utf8.count).contains($0.offset) }, "\(entry)")
            } else {
                #expect(result.succeeded, "\(entry): \(result.problems)")
            }
        }
    }

    @Test func outputMatchesGoldenFile() throws {
        let golden = Fixtures.directory.appendingPathComponent("corpus.golden")
        var recorded = ""
        for (entry, output) in zip(entries, outputs) {
            recorded += entry.line + "\n" + output + "\n\n"
        }
        if Fixtures.isRecording {
            try recorded.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(golden.path); review the diff and run the tests again without NBRUN_RECORD")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let expectedBlocks = expected.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        let actualBlocks = recorded.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(expectedBlocks.count == actualBlocks.count, "corpus and golden differ in size; re-record with `make record-math`")
        for (expectedBlock, actualBlock) in zip(expectedBlocks, actualBlocks) where expectedBlock != actualBlock {
            Issue.record("golden mismatch:\nexpected: \(expectedBlock)\nactual:   \(actualBlock)")
        }
    }

    /// Every command the issue lists appears in a corpus formula that converts.
    @Test func corpusCoversEveryRequiredCommand() throws {
        let required = try Fixtures.entries("required-commands.txt")
            .flatMap { $0.split(separator: " ").map(String.init) }
        let converting = zip(entries, outputs).filter { $0.0.expectation != .error }.map(\.0.tex)
        for command in Set(required).sorted() {
            let used = converting.contains { Self.uses(command, in: $0) }
            #expect(used, "no converting corpus formula uses \(command)")
        }
    }

    @Test func corpusCoversEveryRequiredEnvironment() throws {
        let required = try Fixtures.entries("required-environments.txt").flatMap { $0.split(separator: " ") }
        let converting = entries.filter { $0.expectation != .error }.map(\.tex)
        for name in required {
            #expect(converting.contains { $0.contains("\\begin{\(name)}") }, "no corpus formula uses {\(name)}")
        }
    }

    /// Whether `tex` uses `command` as a whole command (`\in` is not found in `\int`).
    static func uses(_ command: String, in tex: String) -> Bool {
        var rest = tex[...]
        while let range = rest.firstRange(of: command) {
            let after = rest[range.upperBound...].first
            let lastIsLetter = command.last.map { $0.isLetter } ?? false
            if !(lastIsLetter && (after?.isLetter ?? false)) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }
}
