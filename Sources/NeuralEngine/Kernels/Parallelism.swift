import Dispatch
import Foundation
import Synchronization

/// How many threads the engine's large kernels may use (the blocked matrix product
/// splits its rows among them). Small work always runs on the calling thread, and
/// every element is computed by exactly one thread in a fixed order, so results do
/// not depend on the thread count.
public enum Parallelism {
    /// 0 means "every core".
    private static let limit = Atomic<Int>(0)
    /// Asking the system is slow (it reads files under /sys), so it is asked once.
    private static let coreCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// The threads large kernels use: the configured limit, or the number of active cores.
    public static var threadCount: Int {
        get {
            let configured = limit.load(ordering: .relaxed)
            return configured > 0 ? configured : coreCount
        }
        set { limit.store(max(0, newValue), ordering: .relaxed) }
    }

    /// Sets ``threadCount`` from an environment variable holding a positive integer
    /// (as `BENCH_THREADS=2`); leaves it unchanged when the variable is unset or not a number.
    public static func configure(fromEnvironmentVariable name: String) {
        guard let text = ProcessInfo.processInfo.environment[name], let value = Int(text), value > 0 else { return }
        threadCount = value
    }

    /// Runs `body(task)` for every `task` in `0..<tasks`, on up to ``threadCount`` threads;
    /// returns when all are done. One task runs inline.
    static func run(tasks: Int, _ body: (Int) -> Void) {
        if tasks <= 1 || threadCount <= 1 {
            for task in 0..<tasks { body(task) }
            return
        }
        // The tasks share raw pointers, which are not `Sendable`; callers guarantee that
        // different tasks write different memory (the product gives each its own rows).
        withoutActuallyEscaping(body) { task in
            nonisolated(unsafe) let task = task
            DispatchQueue.concurrentPerform(iterations: tasks) { task($0) }
        }
    }
}
