/// Wall-clock seconds a notebook's run spends in each phase, for `nbrun-bench render`
/// (rendering must cost less than training). Collected only when a runner is given one;
/// the report is the same either way.
///
/// Phases nest: time spent in an inner phase (math typeset while the report is built)
/// counts for the inner phase only, so the four totals add up to the measured time.
public final class PhaseTimes {
    public enum Phase: Sendable {
        /// Reading the file and parsing it into a notebook (cmark, front matter, step blocks).
        case parse
        /// LaTeX → MathML for every formula of the notebook.
        case math
        /// Plots, tables, the HTML page, and writing the report and figure files.
        case report
        /// Running the steps on the engine: data sets, models, training, predictions.
        case steps
    }

    public private(set) var parse = 0.0
    public private(set) var math = 0.0
    public private(set) var report = 0.0
    public private(set) var steps = 0.0
    private let clock = ContinuousClock()
    private var active: Phase?
    private var activeSince: ContinuousClock.Instant

    public init() {
        activeSince = clock.now
    }

    /// Runs `body`, counting its duration (less any nested phase's) for `phase`.
    func measure<Value, Failure: Error>(_ phase: Phase, _ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        let outer = active
        switchTo(phase)
        defer { switchTo(outer) }
        return try body()
    }

    private func switchTo(_ phase: Phase?) {
        let now = clock.now
        if let active {
            let parts = (now - activeSince).components
            add(Double(parts.seconds) + Double(parts.attoseconds) * 1e-18, to: active)
        }
        active = phase
        activeSince = now
    }

    private func add(_ seconds: Double, to phase: Phase) {
        switch phase {
        case .parse: parse += seconds
        case .math: math += seconds
        case .report: report += seconds
        case .steps: steps += seconds
        }
    }
}

extension Optional where Wrapped == PhaseTimes {
    /// `body`, measured when there is a collector.
    func measure<Value, Failure: Error>(_ phase: PhaseTimes.Phase, _ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        guard let times = self else { return try body() }
        return try times.measure(phase, body)
    }
}
