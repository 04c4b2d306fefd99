import Foundation
import NeuralEngine
import NotebookKit

/// `{dataset}`: makes or loads the data the model trains on, then applies transforms.
struct DatasetStep: NotebookStep {
    static let name = "dataset"
    static let example = """
        from: moons
        samples: 1000
        noise: 0.1
        random-state: 42
        scale: minmax-global
        """
    static let summary = "Makes or loads the data: a generator (xor, moons, circles, blobs, spiral, teacher), a CSV file, or matrices written inline; then optional scaling, one-hot labels and a train/test split."
    static let selector: String? = "from"

    static let sources = ["xor", "moons", "circles", "blobs", "spiral", "teacher", "csv", "inline"]

    static let options: [OptionSpec] = [
        OptionSpec("from", .choice(sources), required: true, "Where the data comes from."),
        OptionSpec("samples", .integer(1...10_000_000), default: "100", appliesTo: ["moons", "circles", "blobs", "teacher"],
                   "Number of samples to generate."),
        OptionSpec("noise", .number, default: "0", appliesTo: ["moons", "circles"],
                   "Standard deviation of Gaussian noise added to every coordinate (sklearn's `noise`)."),
        OptionSpec("factor", .fraction, default: "0.8", appliesTo: ["circles"], "Radius of the inner circle relative to the outer one."),
        OptionSpec("centers", .integer(1...1000), default: "3", appliesTo: ["blobs"], "Number of blobs (classes)."),
        OptionSpec("features", .integer(1...100_000), default: "2", appliesTo: ["blobs"], "Number of input features."),
        OptionSpec("cluster-std", .positiveNumber, default: "1", appliesTo: ["blobs"], "Standard deviation of each blob."),
        OptionSpec("points-per-class", .integer(1...1_000_000), default: "100", appliesTo: ["spiral"], "Samples per spiral arm (nnfs's `samples`)."),
        OptionSpec("classes", .integer(1...1000), default: "3", appliesTo: ["spiral"], "Number of spiral arms (classes)."),
        OptionSpec("shuffle", .boolean, default: "true", appliesTo: ["moons", "circles", "blobs"], "Shuffle the samples (sklearn's `shuffle`)."),
        OptionSpec("random-state", .integer(0...4_294_967_295), appliesTo: ["moons", "circles", "blobs"],
                   "Draw from a separate numpy `RandomState(n)`, exactly as sklearn's `random_state=n`; without it the notebook's own stream is used."),
        OptionSpec("layers", .integerList, appliesTo: ["teacher"],
                   "Layer sizes of the random \"true\" network that produces the targets, e.g. `10, 5, 1`."),
        OptionSpec("bias", .choice(["per-neuron", "shared", "none"]), default: "shared", appliesTo: ["teacher"],
                   "Bias of the true network's layers (seeds 000 and 004 use one shared bias per layer)."),
        OptionSpec("inputs", .initializer, default: "uniform(0, 1)", appliesTo: ["teacher"],
                   "How the inputs are drawn (seed 004: `uniform(0, 1)`; seed 000: `uniform(-1, 1)`)."),
        OptionSpec("weights", .initializer, default: "uniform(-1, 1)", appliesTo: ["teacher"],
                   "How the true network's weights and biases are drawn."),
        OptionSpec("path", .path, appliesTo: ["csv"], "The CSV file, relative to the notebook."),
        OptionSpec("targets", .text, default: "-1", appliesTo: ["csv"],
                   "Target columns, comma-separated, by header name or 0-based index as in pandas (`-1` is the last column); the other columns are the inputs."),
        OptionSpec("header", .choice(["auto", "true", "false"]), default: "auto", appliesTo: ["csv"],
                   "Whether the first row names the columns; `auto` decides from the first two rows."),
        OptionSpec("classification", .boolean, default: "false", appliesTo: ["csv", "inline"],
                   "Treat the single target column as class labels (whole numbers 0, 1, … or names such as `setosa`, sorted) for accuracy and class colours."),
        OptionSpec("X", .matrix, appliesTo: ["inline"], "Inputs, one row per sample: `[[1, 0, 0, 0], [1, 0, 1, 1]]`."),
        OptionSpec("y", .matrix, appliesTo: ["inline"], "Targets, one row per sample: `[[1], [1], [0]]`, or one value per sample `[1, 1, 0]`."),
        OptionSpec("scale", .choice(["none", "minmax-global", "minmax", "standardize"]), default: "none",
                   "Rescale the inputs: `minmax-global` maps the whole array to [0, 1] (seed 003's `X -= X.min(); X /= X.max()`), `minmax` each feature to [0, 1], `standardize` each feature to mean 0 and standard deviation 1."),
        OptionSpec("one-hot", .boolean, default: "false", "Turn class labels into one-hot rows (one column per class)."),
        OptionSpec("test-split", .fraction,
                   "Hold out this fraction of the samples for testing (sklearn's `train_test_split` order); loss and accuracy are then reported on both parts."),
        OptionSpec("class-names", .text, "Names for the classes, comma-separated, for legends and tables."),
    ]

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let source = try options.choice("from")!
        var dataset = try generate(source, options, &context)
        if let names = options.text("class-names"), options.has("class-names") {
            let list = names.split(separator: ",").map { String($0).trimmed }
            guard let count = dataset.classCount, list.count == count else {
                throw options.value("class-names")!.error(
                    "\(list.count) class names given, but the data has \(dataset.classCount.map(String.init) ?? "no") classes")
            }
            dataset.classNames = list
        }
        dataset = try scaled(dataset, options)
        var test: Dataset?
        if let fraction = try options.number("test-split") {
            let split: TrainTestSplit
            do {
                split = try dataset.split(testFraction: fraction, random: &context.random)
            } catch {
                throw options.value("test-split")!.error("\(error)")
            }
            guard split.train.sampleCount > 0, split.test.sampleCount > 0 else {
                throw options.value("test-split")!.error("a split of \(fraction) leaves one part empty with \(dataset.sampleCount) samples")
            }
            dataset = split.train
            test = split.test
        }
        if try options.boolean("one-hot")! {
            guard dataset.classCount != nil else {
                throw .error("one-hot needs class labels, but this data is not a classification problem",
                             at: options.keyLocation("one-hot"))
            }
            do {
                dataset = try dataset.oneHotTargets()
                test = try test?.oneHotTargets()
            } catch {
                throw .error("\(error)", at: options.keyLocation("one-hot"))
            }
        }
        context.data = LoadedData(train: dataset, test: test, name: source, location: options.step.location)
        return [.table(DatasetTables.summaryTable(dataset, test: test, source: source)), .table(DatasetTables.previewTable(dataset))]
    }

    private static func generate(_ source: String, _ options: StepOptions, _ context: inout RunContext) throws(Diagnostic) -> Dataset {
        // sklearn's random_state=n draws from its own RandomState(n), not the notebook's stream.
        var separate = try options.integer("random-state").map { NumpyRandomState(seed: UInt32($0)) }
        let location = options.keyLocation("from")
        func made(_ make: (inout RandomStream) throws(DatasetError) -> Dataset) throws(Diagnostic) -> Dataset {
            do {
                if let state = separate {
                    var stream = RandomStream.numpy(state)
                    defer { if case .numpy(let advanced) = stream { separate = advanced } }
                    return try make(&stream)
                }
                return try make(&context.random)
            } catch {
                throw .error("cannot make the \(source) data: \(error)", at: location)
            }
        }
        switch source {
        case "xor":
            return Dataset.xor()
        case "moons":
            let samples = try options.integer("samples")!, noise = try options.number("noise")!
            let shuffle = try options.boolean("shuffle")!
            return try made { random throws(DatasetError) in
                try Dataset.moons(random: &random, samples: samples, noise: noise, shuffle: shuffle)
            }
        case "circles":
            let samples = try options.integer("samples")!, noise = try options.number("noise")!
            let factor = try options.number("factor")!, shuffle = try options.boolean("shuffle")!
            return try made { random throws(DatasetError) in
                try Dataset.circles(random: &random, samples: samples, noise: noise, factor: factor, shuffle: shuffle)
            }
        case "blobs":
            let samples = try options.integer("samples")!, centers = try options.integer("centers")!
            let features = try options.integer("features")!, std = try options.number("cluster-std")!
            let shuffle = try options.boolean("shuffle")!
            return try made { random throws(DatasetError) in
                try Dataset.blobs(random: &random, samples: samples, centers: centers, features: features,
                                  clusterStd: std, shuffle: shuffle)
            }
        case "spiral":
            let points = try options.integer("points-per-class")!, classes = try options.integer("classes")!
            return try made { random throws(DatasetError) in
                try Dataset.spiral(random: &random, pointsPerClass: points, classes: classes)
            }
        case "teacher":
            return try DatasetSources.teacher(options, &context)
        case "csv":
            return try DatasetSources.csv(options, context)
        default:
            return try DatasetSources.inline(options)
        }
    }

    static func biasMode(_ text: String) -> BiasMode {
        switch text {
        case "shared": .shared
        case "none": .none
        default: .perNeuron
        }
    }

    private static func scaled(_ dataset: Dataset, _ options: StepOptions) throws(Diagnostic) -> Dataset {
        var dataset = dataset
        switch try options.choice("scale")! {
        case "minmax-global": dataset.x = MinMaxScaling(fittedTo: dataset.x, scope: .wholeMatrix).apply(dataset.x)
        case "minmax": dataset.x = MinMaxScaling(fittedTo: dataset.x, scope: .perFeature).apply(dataset.x)
        case "standardize": dataset.x = Standardization(fittedTo: dataset.x).apply(dataset.x)
        default: break
        }
        return dataset
    }
}
