import Foundation
import Testing
@testable import NBRunCore

/// A live line on a terminal, plain lines otherwise.
@Suite struct ProgressReporterTests {
    @Test func terminalGetsOneLiveLineRewrittenInPlace() {
        let captured = CapturedOutput()
        let reporter = ProgressReporter(mode: .live, write: { captured.append($0) })
        reporter.stepStarted(5, of: 9, name: "train", notebook: "xor.md")
        reporter.trainingStarted()
        reporter.epoch(1, of: 1000, loss: 0.5)
        reporter.epoch(2, of: 1000, loss: 0.4)  // within 100 ms: not drawn
        reporter.epoch(1000, of: 1000, loss: 0.001)  // the last epoch is always drawn
        reporter.finished()
        let text = captured.text
        #expect(text.hasPrefix("\r\u{1B}[2Kxor.md [5/9] train: epoch 1/1000  loss 0.5"))
        #expect(!text.contains("epoch 2/1000"))
        #expect(text.contains("\r\u{1B}[2Kxor.md [5/9] train: epoch 1000/1000  loss 0.001"))
        #expect(text.contains("epochs/s"))
        #expect(text.hasSuffix("\r\u{1B}[2K"), "the live line is cleared at the end")
        #expect(!text.contains("\n"))
    }

    @Test func plainModePrintsStepsAndLoggedEpochsOnly() {
        let captured = CapturedOutput()
        let reporter = ProgressReporter(mode: .plain, write: { captured.append($0) })
        reporter.stepStarted(5, of: 9, name: "train", notebook: "xor.md")
        reporter.epoch(1, of: 10, loss: 0.5)
        reporter.logged(epoch: 1, of: 10, loss: 0.5)
        reporter.finished()
        #expect(captured.text == "xor.md [5/9] train\n  epoch 1/10  loss 0.5\n")
    }

    @Test func quietModePrintsNothingButMessages() {
        let captured = CapturedOutput()
        let reporter = ProgressReporter(mode: .quiet, write: { captured.append($0) })
        reporter.stepStarted(1, of: 1, name: "train", notebook: "x.md")
        reporter.logged(epoch: 1, of: 1, loss: 1)
        reporter.message("x.md:1:1: warning: something")
        #expect(captured.text == "x.md:1:1: warning: something\n")
    }
}
