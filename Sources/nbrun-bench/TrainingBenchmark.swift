import Foundation
import NeuralEngine

/// `nbrun-bench <W> <manifest>`: trains the workload once with the engine's ``Trainer``
/// and reports the training loop's time, the final loss and the recorded losses.
struct TrainingBenchmark {
    var workload: String
    var manifestPath: String

    /// Epochs whose recorded loss is reported (those ≤ epochs), plus the last.
    static let checkpointEpochs = [1, 10, 100, 1000, 10000]

    func run() throws(BenchError) -> ResultLine {
        guard ["W1", "W2", "W3", "W4", "W5", "W6"].contains(workload) else { throw BenchError("unknown workload '\(workload)'") }
        let manifest = try Manifest.load(manifestPath)
        let setup = try TrainingWorkload(name: workload, manifest: manifest,
                                         arrays: RawArrayFile(directory: (manifestPath as NSString).deletingLastPathComponent))
        var network: Network
        do { network = try Network(spec: setup.spec) } catch { throw BenchError("network: \(error)") }
        Parallelism.configure(fromEnvironmentVariable: "BENCH_THREADS")

        let clock = ContinuousClock()
        let start = clock.now
        let result: TrainingResult
        do {
            result = try Trainer(options: setup.options).train(&network, inputs: setup.inputs, targets: setup.targets)
        } catch {
            throw BenchError("training: \(error)")
        }
        let seconds = Self.seconds(clock.now - start)
        guard result.epochsRun == setup.options.epochs else { throw BenchError("training stopped early: \(result.stopReason)") }
        let finalLoss = network.loss(inputs: setup.inputs, targets: setup.targets, loss: setup.options.loss)

        var line = ResultLine()
        line.add("workload", workload)
        line.add("impl", "nbrun")
        line.add("seconds", seconds)
        line.add("final_loss", finalLoss)
        line.add("epochs", result.epochsRun)
        let epochs = Self.checkpointEpochs.filter { $0 < result.epochsRun } + [result.epochsRun]
        line.add("checkpoints", epochs.map { (String($0), result.losses[$0 - 1]) })
        if workload == "W5" { line.add("matmul_gflops", Self.matrixProductRate()) }
        line.add("threads", Parallelism.threadCount)
        return line
    }

    /// GFLOP/s of ``Matrix/product(_:_:)`` on W5's layer-1 forward shape, [128×784]·[784×128],
    /// best of 20: `2·128·784·128 / seconds / 1e9`.
    static func matrixProductRate() -> Double {
        var a = Matrix(rows: 128, columns: 784), b = Matrix(rows: 784, columns: 128)
        for i in a.elements.indices { a.elements[i] = Double(i % 97) / 97 }
        for i in b.elements.indices { b.elements[i] = Double(i % 89) / 89 - 0.5 }
        let clock = ContinuousClock()
        var best = Double.infinity
        var checksum = 0.0
        for _ in 0..<20 {
            let start = clock.now
            let c = Matrix.product(a, b)
            best = min(best, seconds(clock.now - start))
            checksum += c.elements[0]
        }
        precondition(checksum.isFinite)
        return 2.0 * 128 * 784 * 128 / best / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
