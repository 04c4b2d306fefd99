import Foundation
import Testing
@testable import NBRunCore

/// Issue 16: inputs that used to crash, hang or balloon. Each test names its cause.
@Suite struct ReliabilityTests {
    /// Writes `text` as `name` in a fresh folder, runs it, and returns the path and the outcome.
    func run(_ bytes: [UInt8], name: String = "n.md", configure: (inout RunConfiguration) -> Void = { _ in })
        -> (path: String, status: Int32, diagnostics: String, output: String) {
        let directory = temporaryDirectory()
        let path = "\(directory)/\(name)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let output = "\(directory)/out"
        let result = runNotebooks([path], output: output, configure: configure)
        return (path, result.status, result.diagnostics, output)
    }

    func run(_ text: String, configure: (inout RunConfiguration) -> Void = { _ in })
        -> (path: String, status: Int32, diagnostics: String, output: String) {
        run(Array(text.utf8), configure: configure)
    }

    @Test("Point 10: invalid UTF-8 in a notebook is reported at its line and byte column")
    func invalidUTF8Notebook() {
        let result = run(Array("# Title\n\nab".utf8) + [0xC3, 0x28] + Array(" cd\n".utf8))
        #expect(result.status == 1)
        #expect(result.diagnostics == """
            \(result.path):3:3: error: the file is not valid UTF-8 text: byte 0xC3 does not start a UTF-8 character
            ab\u{FFFD}( cd
              ^
            note: save the file as UTF-8

            """)
    }

    @Test("Point 10: invalid UTF-8 in a CSV file is reported in the CSV file")
    func invalidUTF8CSV() throws {
        let directory = temporaryDirectory()
        FileManager.default.createFile(atPath: "\(directory)/d.csv", contents: Data(Array("x,y\n1,".utf8) + [0xFE] + Array("\n".utf8)))
        let notebook = "```{dataset}\nfrom: csv\npath: d.csv\n```\n"
        try notebook.write(toFile: "\(directory)/n.md", atomically: true, encoding: .utf8)
        let result = runNotebooks(["\(directory)/n.md"], output: "\(directory)/out")
        #expect(result.status == 1)
        #expect(result.diagnostics.hasPrefix("""
            \(directory)/d.csv:2:3: error: the file is not valid UTF-8 text: byte 0xFE does not start a UTF-8 character
            1,\u{FFFD}
              ^
            """))
        #expect(result.diagnostics.contains("note: while reading the {dataset} at \(directory)/n.md:1:1"))
    }
}
