import Foundation

/// `nbrun-bench`: nbrun's side of `make bench` (protocol in benchmarks/README.md).
///
///     nbrun-bench W1|W2|W3|W4|W5|W6 <manifest.json>   trains one workload, prints one JSON line
///     nbrun-bench render <notebook.md> <output-dir>  renders one notebook, prints its phase times
///     nbrun-bench math <corpus.txt>                  typesets a formula corpus, prints the time per formula
///
/// Progress and errors go to standard error; exit status 0 on success, 1 on failure, 2 on usage.
@main
enum NBRunBench {
    static let usage = "usage: nbrun-bench W1|W2|W3|W4|W5|W6 <manifest.json>\n       nbrun-bench render <notebook.md> <output-dir>\n       nbrun-bench math <corpus.txt>\n"

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard (arguments.count == 2 && arguments[0] != "render") || (arguments.count == 3 && arguments[0] == "render") else {
            FileHandle.standardError.write(Data(usage.utf8))
            exit(2)
        }
        do throws(BenchError) {
            let line: ResultLine
            switch arguments[0] {
            case "render": line = try RenderBenchmark(notebook: arguments[1], outputDirectory: arguments[2]).run()
            case "math": line = try MathBenchmark(corpusPath: arguments[1]).run()
            default: line = try TrainingBenchmark(workload: arguments[0], manifestPath: arguments[1]).run()
            }
            print(line.text)
        } catch {
            FileHandle.standardError.write(Data("nbrun-bench: error: \(error)\n".utf8))
            exit(1)
        }
    }
}
