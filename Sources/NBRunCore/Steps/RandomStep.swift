import NeuralEngine
import NotebookKit

/// `{random}`: reseeds or advances the notebook's random stream.
struct RandomStep: NotebookStep {
    static let name = "random"
    static let example = """
        seed: 42
        generator: numpy
        skip: 30
        """
    static let summary = "Reseeds the notebook's random stream, switches generator, or skips draws, for example to continue a Python notebook's `np.random` stream exactly where it was."

    static let options: [OptionSpec] = [
        OptionSpec("seed", .integer(0...4_294_967_295), "Start the stream again from this seed."),
        OptionSpec("generator", .choice(["default", "numpy"]), "Which generator to use from here on (with `seed`, or the notebook's seed)."),
        OptionSpec("skip", .integer(0...100_000_000), default: "0", "Draw and discard this many uniform numbers, as code that ran before would have."),
    ]

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        // Written plainly: optional chains through typed throws here crashed Swift 6.3's optimizer.
        let newSeed = try options.integer("seed")
        let newGenerator = try options.choice("generator")
        let skip = try options.integer("skip") ?? 0
        if newSeed != nil || newGenerator != nil {
            var seed: UInt32 = context.configuration.seed ?? context.notebook.frontMatter.seed ?? 0
            if let newSeed { seed = UInt32(newSeed) }
            var generator = context.random.generatorName
            if let newGenerator { generator = newGenerator }
            context.random = RandomStream(generator: generator, seed: seed)
        }
        var index = 0
        while index < skip {
            _ = context.random.nextUniform()
            index += 1
        }
        let name = context.random.generatorName == "numpy" ? "numpy legacy RandomState (MT19937)" : "default (xoshiro256**)"
        var metrics = [Metric("generator", name)]
        if let newSeed { metrics.append(Metric("seed", String(newSeed))) }
        if skip > 0 { metrics.append(Metric("draws skipped", NumberFormat.integer(skip))) }
        return [.metrics(metrics)]
    }
}
