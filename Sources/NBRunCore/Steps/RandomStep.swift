import Numerals
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

    struct Options: StepOptionList {
        let seed = OptionalStepOption("seed", .seed, "Start the stream again from this seed.")
        let generator = OptionalStepOption("generator", .choice(RandomGenerator.self),
                                       "Which generator to use from here on (with `seed`, or the notebook's seed).")
        let skip = StepOption("skip", .integer(0...100_000_000), default: 0,
                          "Draw and discard this many uniform numbers, as code that ran before would have.")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let newSeed = options[\.seed]
        let newGenerator = options[\.generator]
        let skip = options[\.skip]
        if newSeed != nil || newGenerator != nil {
            context.random = RandomStream(generator: newGenerator ?? context.random.generator,
                                          seed: newSeed ?? context.randomSettings.seed)
        }
        var index = 0
        while index < skip {
            _ = context.random.nextUniform()
            index += 1
        }
        var metrics = [Metric("generator", context.random.generator.description)]
        if let newSeed { metrics.append(Metric("seed", .text(String(newSeed)))) }
        if skip > 0 { metrics.append(Metric("draws skipped", .integer(skip))) }
        return [.metrics(metrics)]
    }
}
