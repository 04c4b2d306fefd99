import Dispatch
import Foundation
import Synchronization

/// `-j N`: several notebooks run at once, each on its own thread with its own run
/// context and random stream, so every file is the same as in a serial run (the pages
/// are rendered afterwards, in course order).
///
/// A notebook's progress lines and diagnostics are collected while it runs and printed
/// as one block when it finishes, so lines of different notebooks never interleave.
extension NotebookRunner {
    /// The run of each of `paths`, in the order given.
    func executeConcurrently(_ paths: [String], jobs: Int) -> [Result<ExecutedNotebook, Failed>] {
        let outcomes = Mutex<[Int: Result<ExecutedNotebook, Failed>]>([:])
        let next = Atomic<Int>(0)
        let printing = Mutex<Void>(())
        let total = paths.count
        let finishedCount = Atomic<Int>(0)
        // The runner is not `Sendable` only because of its phase-time tally, which is nil
        // here (measured runs stay serial); each thread works on its own copy.
        precondition(phaseTimes == nil, "measured runs render serially")
        nonisolated(unsafe) let template = self
        let quiet = configuration.quiet
        let output = diagnosticsOutput
        DispatchQueue.concurrentPerform(iterations: min(jobs, total)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < total else { return }
                let block = TextBlock()
                var runner = template
                runner.progress = ProgressReporter(mode: quiet ? .quiet : .plain, write: { block.append($0) })
                runner.diagnosticsOutput = { block.append($0) }
                let outcome = runner.execute(paths[index])
                let done = finishedCount.add(1, ordering: .relaxed).newValue
                printing.withLock { _ in
                    var text = block.text
                    if !quiet { text += "[\(done)/\(total) done] \(paths[index])\n" }
                    if !text.isEmpty { output(text) }
                }
                outcomes.withLock { $0[index] = outcome }
            }
        }
        return outcomes.withLock { results in (0..<total).map { results[$0]! } }
    }
}

/// Text collected from several calls, read once at the end.
final class TextBlock: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    var text: String { lock.withLock { buffer } }
    func append(_ text: String) { lock.withLock { buffer += text } }
}
