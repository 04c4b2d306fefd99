import Foundation
import NBRunCore

/// `nbrun-bench render <notebook> <dir>`: the whole pipeline in-process on one notebook,
/// with the seconds spent parsing, typesetting math, building and writing the report,
/// and running the steps (the goal: the first three together take less than the last).
struct RenderBenchmark {
    var notebook: String
    var outputDirectory: String

    func run() throws(BenchError) -> ResultLine {
        var runner = NotebookRunner(
            configuration: RunConfiguration(notebooks: [notebook], outputDirectory: outputDirectory, quiet: true),
            progress: ProgressReporter(mode: .quiet))
        let times = PhaseTimes()
        runner.phaseTimes = times
        let clock = ContinuousClock()
        let start = clock.now
        let status = runner.run()
        let total = TrainingBenchmark.seconds(clock.now - start)
        guard status == 0 else { throw BenchError("nbrun failed on \(notebook) (exit status \(status))") }

        var line = ResultLine()
        line.add("notebook", notebook)
        line.add("parse_s", times.parse)
        line.add("math_s", times.math)
        line.add("report_s", times.report)
        line.add("train_s", times.steps)
        line.add("total_s", total)
        return line
    }
}
