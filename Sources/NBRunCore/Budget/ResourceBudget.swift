import Foundation
import NotebookKit

/// The limits a step's estimate is checked against before the step runs (issue 16):
/// memory above the limit is refused with a located error stating the estimate; work
/// above ``ResourceBudget/longWork`` is a warning.
///
/// The memory limit is the machine's physical memory unless `--memory-limit GiB`
/// says otherwise (a larger value, for people who mean it, or a smaller one).
struct ResourceBudget {
    /// Bytes a single step may hold.
    var memoryLimit: Double
    /// About a minute of this engine's arithmetic (≈ 10¹¹ operations at 2·10⁹ per second, with margin).
    static let longWork = 1e11

    init(configuration: RunConfiguration) {
        memoryLimit = configuration.memoryLimit.map { $0 * 1_073_741_824 }
            ?? Double(ProcessInfo.processInfo.physicalMemory)
    }

    /// Checks `step` before it runs: throws when it needs too much memory, adds a warning
    /// to the context when its work is long.
    func admit(_ step: PreparedStep, context: inout RunContext) throws(Diagnostic) {
        guard let estimate = step.estimate(context) else { return }
        if let warning = try check(estimate, step: step.step.name) { context.warnings.append(warning) }
    }

    /// Throws when `estimate` needs more memory than the limit; returns a warning for long work.
    func check(_ estimate: StepEstimate, step: String) throws(Diagnostic) -> Diagnostic? {
        if estimate.bytes > memoryLimit {
            throw .error(
                "{\(step)} would need about \(Self.size(estimate.bytes)) of memory (\(estimate.bytesFormula)), more than the \(Self.size(memoryLimit)) limit",
                at: estimate.location,
                notes: ["make the data or the model smaller, or raise the limit with '--memory-limit GiB' if the machine really has the memory"])
        }
        if estimate.operations > Self.longWork {
            return .warning(
                "{\(step)} does about \(Self.count(estimate.operations)) arithmetic operations (\(estimate.operationsFormula)); this may take minutes or longer",
                at: estimate.location)
        }
        return nil
    }

    /// `3.2 GiB`, `512 MiB`, `1.0e6 TiB`.
    static func size(_ bytes: Double) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = bytes
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if value >= 1e4 { return String(format: "%.1e %@", value, units[unit]) }
        return unit == 0 ? "\(Int(value)) bytes" : String(format: "%.1f %@", value, units[unit])
    }

    /// `2.4e12`.
    static func count(_ operations: Double) -> String {
        String(format: "%.1e", operations)
    }
}
