import Foundation

/// Files beside the tests.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Lines that are neither blank nor `#` comments.
    static func entries(_ name: String) throws -> [String] {
        try text(name).split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
    }

    /// Whether the corpus golden is being re-recorded on purpose (`make record-math`);
    /// a recording run fails, so it never passes by comparing with what it just wrote.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["NBRUN_RECORD"] == "math"
    }

    /// In CI (`CI` set) tests that read ../shared run, and fail, when it is missing.
    static var isCI: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
    }
}

/// One corpus line: `i tex` (inline), `d tex` (display), `e tex` (inline, must be an error).
struct CorpusEntry: Sendable, CustomStringConvertible {
    enum Expectation: Sendable { case inline, display, error }

    var expectation: Expectation
    var tex: String
    var line: String

    init(_ line: String) {
        self.line = line
        let mark = line.prefix(2)
        tex = String(line.dropFirst(2))
        switch mark {
        case "d ": expectation = .display
        case "e ": expectation = .error
        default:
            precondition(mark == "i ", "corpus lines start with 'i ', 'd ' or 'e ': \(line)")
            expectation = .inline
        }
    }

    var display: Bool { expectation == .display }
    var description: String { line }

    static func all() throws -> [CorpusEntry] {
        try Fixtures.entries("corpus.txt").map(CorpusEntry.init)
    }
}
