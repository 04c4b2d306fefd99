import Foundation
import Testing
@testable import NBRunCore

/// `-j N`: notebooks rendered at once write exactly the files of a serial run, keep
/// the exit status rules, and print each notebook's messages as one block.
@Suite struct ConcurrentRenderingTests {
    /// Every lesson with `-j 2`, compared byte for byte with the serial (`-j 1`) render
    /// that CommittedReportsTests makes of the same lessons.
    @Test func twoJobsWriteTheBytesOfOneJob() throws {
        let serial = CommittedReportsTests.rendered
        try #require(serial.status == 0, "the serial render failed:\n\(serial.errors)")
        let output = temporaryDirectory()
        let run = runNotebooks(CommittedReportsTests.lessons, output: output) { $0.jobs = 2 }
        #expect(run.status == 0)
        #expect(run.diagnostics.isEmpty, "quiet parallel runs print nothing")
        let expected = files(under: serial.directory)
        #expect(files(under: output) == expected)
        #expect(expected.count > CommittedReportsTests.lessons.count, "pages, figures and the index")
        for name in expected {
            #expect(FileManager.default.contentsEqual(atPath: "\(output)/\(name)", andPath: "\(serial.directory)/\(name)"),
                    "\(name) differs between -j 2 and -j 1")
        }
    }

    /// One broken notebook among good ones: status 1 as in a serial run, the same
    /// diagnostics, and each notebook's lines together.
    @Test func errorsKeepTheirStatusAndStayInOneBlock() throws {
        let notebooks = [
            "Tests/NBRunCoreTests/Fixtures/errors/unknown-option.md",
            "notebooks/backprop-by-hand.md",
            "Tests/NBRunCoreTests/Fixtures/errors/ragged-csv.md",
        ]
        let serial = runNotebooks(notebooks, output: temporaryDirectory())
        let parallel = runNotebooks(notebooks, output: temporaryDirectory()) { $0.jobs = 3 }
        #expect(serial.status == 1)
        #expect(parallel.status == 1)
        let unknownOption = contents("\(packageRoot)/Tests/NBRunCoreTests/Fixtures/errors/unknown-option.expected")
        let raggedCSV = contents("\(packageRoot)/Tests/NBRunCoreTests/Fixtures/errors/ragged-csv.expected")
        try #require(!unknownOption.isEmpty && !raggedCSV.isEmpty)
        // Each error is printed whole (message, source line, caret, notes) by both runs.
        #expect(serial.diagnostics.contains(unknownOption) && serial.diagnostics.contains(raggedCSV))
        #expect(parallel.diagnostics.contains(unknownOption) && parallel.diagnostics.contains(raggedCSV))
        #expect(parallel.diagnostics.count == serial.diagnostics.count)
    }

    @Test func progressNamesEachFinishedNotebook() throws {
        let notebooks = ["notebooks/backprop-by-hand.md", "Tests/NBRunCoreTests/Fixtures/errors/unknown-option.md"]
        let captured = CapturedOutput()
        var configuration = RunConfiguration(notebooks: notebooks, outputDirectory: temporaryDirectory(), jobs: 2)
        configuration.quiet = false
        let runner = NotebookRunner(configuration: configuration, progress: ProgressReporter(mode: .quiet),
                                    diagnosticsOutput: { captured.append($0) })
        _ = packageRoot
        #expect(runner.run() == 1)
        let lines = captured.text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasSuffix("] notebooks/backprop-by-hand.md") }.count == 1)
        #expect(lines.contains("[1/2 done] notebooks/backprop-by-hand.md") || lines.contains("[2/2 done] notebooks/backprop-by-hand.md"))
        // Notebooks run concurrently (their pages are written afterwards, in course order,
        // through the runner's own progress): the lesson's lines end with its "done" line.
        let done = try #require(lines.firstIndex { $0.hasSuffix("done] notebooks/backprop-by-hand.md") })
        #expect(lines[(done + 1)...].allSatisfy { !$0.hasPrefix("notebooks/backprop-by-hand.md [") },
                "no progress line of the lesson after its done line")
    }
}
