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
        if options.has("seed") || options.has("generator") {
            let seed = try options.integer("seed").map(UInt32.init) ?? context.configuration.seed ?? context.notebook.frontMatter.seed ?? 0
            let generator = try options.choice("generator") ?? context.random.generatorName
            context.random = RandomStream(generator: generator, seed: seed)
        }
        let skip = try options.integer("skip")!
        for _ in 0..<skip { _ = context.random.nextUniform() }
        var metrics = [Metric("generator", context.random.generatorName == "numpy" ? "numpy legacy RandomState (MT19937)" : "default (xoshiro256**)")]
        if let seed = try options.integer("seed") { metrics.append(Metric("seed", "\(seed)")) }
        if skip > 0 { metrics.append(Metric("draws skipped", NumberFormat.integer(skip))) }
        return [.metrics(metrics)]
    }
}
