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

    struct Options: StepOptionList {
        let from = StepOption.required("from", .choice(DataSource.self), "Where the data comes from.")
        let samples = StepOption("samples", .integer(1...10_000_000), default: 100, appliesTo: DataSource.names(.moons, .circles, .blobs, .teacher),
                             "Number of samples to generate.")
        let noise = StepOption("noise", .number, default: 0, appliesTo: DataSource.names(.moons, .circles),
                           "Standard deviation of Gaussian noise added to every coordinate (sklearn's `noise`).")
        let factor = StepOption("factor", .fraction, default: 0.8, appliesTo: DataSource.names(.circles), "Radius of the inner circle relative to the outer one.")
        let centers = StepOption("centers", .integer(1...1000), default: 3, appliesTo: DataSource.names(.blobs), "Number of blobs (classes).")
        let features = StepOption("features", .integer(1...100_000), default: 2, appliesTo: DataSource.names(.blobs), "Number of input features.")
        let clusterStd = StepOption("cluster-std", .positiveNumber, default: 1, appliesTo: DataSource.names(.blobs), "Standard deviation of each blob.")
        let pointsPerClass = StepOption("points-per-class", .integer(1...1_000_000), default: 100, appliesTo: DataSource.names(.spiral),
                                    "Samples per spiral arm (nnfs's `samples`).")
        let classes = StepOption("classes", .integer(1...1000), default: 3, appliesTo: DataSource.names(.spiral), "Number of spiral arms (classes).")
        let shuffle = StepOption("shuffle", .boolean, default: true, appliesTo: DataSource.names(.moons, .circles, .blobs),
                             "Shuffle the samples (sklearn's `shuffle`).")
        let randomState = OptionalStepOption("random-state", .seed, appliesTo: DataSource.names(.moons, .circles, .blobs),
                                         "Draw from a separate numpy `RandomState(n)`, exactly as sklearn's `random_state=n`; without it the notebook's own stream is used.")
        let layers = OptionalStepOption("layers", .integerList(1...Int.max), appliesTo: DataSource.names(.teacher),
                                    "Layer sizes of the random \"true\" network that produces the targets, e.g. `10, 5, 1`.")
        let bias = StepOption("bias", .choice(BiasChoice.self), default: .shared, appliesTo: DataSource.names(.teacher),
                          "Bias of the true network's layers (seeds 000 and 004 use one shared bias per layer).")
        let inputs = StepOption("inputs", .initializer, defaultWritten: "uniform(0, 1)", appliesTo: DataSource.names(.teacher),
                            "How the inputs are drawn (seed 004: `uniform(0, 1)`; seed 000: `uniform(-1, 1)`).")
        let weights = StepOption("weights", .initializer, defaultWritten: "uniform(-1, 1)", appliesTo: DataSource.names(.teacher),
                             "How the true network's weights and biases are drawn.")
        let path = OptionalStepOption("path", .path, appliesTo: DataSource.names(.csv), "The CSV file, relative to the notebook.")
        let targets = StepOption("targets", .csvColumns, defaultWritten: "-1", appliesTo: DataSource.names(.csv),
                             "Target columns, comma-separated, by header name or 0-based index as in pandas (`-1` is the last column); the other columns are the inputs.")
        let header = StepOption("header", .choice(CSVHeaderChoice.self), default: .auto, appliesTo: DataSource.names(.csv),
                            "Whether the first row names the columns; `auto` decides from the first two rows.")
        let classification = StepOption("classification", .boolean, default: false, appliesTo: DataSource.names(.csv, .inline),
                                    "Treat the single target column as class labels (whole numbers 0, 1, … or names such as `setosa`, sorted) for accuracy and class colours.")
        let x = OptionalStepOption("X", .matrix, appliesTo: DataSource.names(.inline), "Inputs, one row per sample: `[[1, 0, 0, 0], [1, 0, 1, 1]]`.")
        let y = OptionalStepOption("y", .matrix, appliesTo: DataSource.names(.inline),
                               "Targets, one row per sample: `[[1], [1], [0]]`, or one value per sample `[1, 1, 0]`.")
        let scale = StepOption("scale", .choice(InputScaling.self), default: InputScaling.none,
                           "Rescale the inputs: `minmax-global` maps the whole array to [0, 1] (seed 003's `X -= X.min(); X /= X.max()`), `minmax` each feature to [0, 1], `standardize` each feature to mean 0 and standard deviation 1.")
        let oneHot = StepOption("one-hot", .boolean, default: false, "Turn class labels into one-hot rows (one column per class).")
        let testSplit = OptionalStepOption("test-split", .fraction,
                                       "Hold out this fraction of the samples for testing (sklearn's `train_test_split` order); loss and accuracy are then reported on both parts.")
        let classNames = OptionalStepOption("class-names", .textList, "Names for the classes, comma-separated, for legends and tables.")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let source = options[\.from]
        var dataset = try generate(source, options, &context)
        if let names = options[\.classNames] {
            guard let count = dataset.classCount, names.count == count else {
                throw options.error(
                    "\(names.count) class names given, but the data has \(dataset.classCount.map(String.init) ?? "no") classes", about: \.classNames)
            }
            dataset.classNames = names
        }
        dataset = scaled(dataset, options[\.scale])
        var test: Dataset?
        if let fraction = options[\.testSplit] {
            let split: TrainTestSplit
            do {
                split = try dataset.split(testFraction: fraction, random: &context.random)
            } catch {
                throw options.error("\(error)", about: \.testSplit)
            }
            guard split.train.sampleCount > 0, split.test.sampleCount > 0 else {
                throw options.error("a split of \(fraction) leaves one part empty with \(dataset.sampleCount) samples", about: \.testSplit)
            }
            dataset = split.train
            test = split.test
        }
        if options[\.oneHot] {
            guard dataset.classCount != nil else {
                throw .error("one-hot needs class labels, but this data is not a classification problem",
                             at: options.keyLocation(\.oneHot))
            }
            do {
                dataset = try dataset.oneHotTargets()
                test = try test?.oneHotTargets()
            } catch {
                throw .error("\(error)", at: options.keyLocation(\.oneHot))
            }
        }
        context.data = LoadedData(train: dataset, test: test, name: source.rawValue, location: options.step.location)
        return [.table(DatasetTables.summaryTable(dataset, test: test, source: source.rawValue)), .table(DatasetTables.previewTable(dataset))]
    }

    private static func generate(_ source: DataSource, _ options: StepOptions<Options>, _ context: inout RunContext) throws(Diagnostic) -> Dataset {
        // sklearn's random_state=n draws from its own RandomState(n), not the notebook's stream.
        var separate = options[\.randomState].map { NumpyRandomState(seed: $0) }
        let location = options.keyLocation(\.from)
        func made(_ make: (inout RandomStream) throws(DatasetError) -> Dataset) throws(Diagnostic) -> Dataset {
            do {
                if let state = separate {
                    var stream = RandomStream.numpy(state)
                    defer { if case .numpy(let advanced) = stream { separate = advanced } }
                    return try make(&stream)
                }
                return try make(&context.random)
            } catch {
                throw .error("cannot make the \(source.rawValue) data: \(error)", at: location)
            }
        }
        let samples = options[\.samples], noise = options[\.noise], shuffle = options[\.shuffle]
        switch source {
        case .xor:
            return Dataset.xor()
        case .moons:
            return try made { random throws(DatasetError) in
                try Dataset.moons(random: &random, samples: samples, noise: noise, shuffle: shuffle)
            }
        case .circles:
            let factor = options[\.factor]
            return try made { random throws(DatasetError) in
                try Dataset.circles(random: &random, samples: samples, noise: noise, factor: factor, shuffle: shuffle)
            }
        case .blobs:
            let centers = options[\.centers], features = options[\.features], std = options[\.clusterStd]
            return try made { random throws(DatasetError) in
                try Dataset.blobs(random: &random, samples: samples, centers: centers, features: features,
                                  clusterStd: std, shuffle: shuffle)
            }
        case .spiral:
            let points = options[\.pointsPerClass], classes = options[\.classes]
            return try made { random throws(DatasetError) in
                try Dataset.spiral(random: &random, pointsPerClass: points, classes: classes)
            }
        case .teacher:
            return try DatasetSources.teacher(options, &context)
        case .csv:
            return try DatasetSources.csv(options, context)
        case .inline:
            return try DatasetSources.inline(options)
        }
    }

    private static func scaled(_ dataset: Dataset, _ scaling: InputScaling) -> Dataset {
        var dataset = dataset
        switch scaling {
        case .minmaxGlobal: dataset.x = MinMaxScaling(fittedTo: dataset.x, scope: .wholeMatrix).apply(dataset.x)
        case .minmax: dataset.x = MinMaxScaling(fittedTo: dataset.x, scope: .perFeature).apply(dataset.x)
        case .standardize: dataset.x = Standardization(fittedTo: dataset.x).apply(dataset.x)
        case .none: break
        }
        return dataset
    }
}
