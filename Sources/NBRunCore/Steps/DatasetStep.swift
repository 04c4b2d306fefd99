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
        return [.table(summaryTable(dataset, test: test, source: source)), .table(previewTable(dataset))]
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
            return try teacher(options, &context)
        case "csv":
            return try csv(options, context)
        default:
            return try inline(options)
        }
    }

    private static func teacher(_ options: StepOptions, _ context: inout RunContext) throws(Diagnostic) -> Dataset {
        guard let layers = try options.integerList("layers") else {
            throw .error("a teacher dataset needs 'layers', e.g. 'layers: 10, 5, 1'", at: options.keyLocation("from"))
        }
        guard layers.count >= 2 else {
            throw options.value("layers")!.error("a network needs at least two layer sizes (inputs and outputs)")
        }
        let bias = biasMode(try options.choice("bias")!)
        guard case .uniform(let low, let high) = try InitializerSyntax.parse(options.value("inputs")!) else {
            throw options.value("inputs")!.error("teacher inputs are drawn with uniform(low, high)")
        }
        let weights = try InitializerSyntax.parse(options.value("weights")!)
        var spec: [LayerSpec] = []
        for index in 0..<(layers.count - 1) {
            spec.append(.dense(inputs: layers[index], outputs: layers[index + 1], bias: bias))
        }
        let samples = try options.integer("samples")!
        do {
            let teacher = try TeacherData.generate(
                spec: NetworkSpec(layers: spec, weightInit: weights, biasInit: weights),
                samples: samples, inputLow: low, inputHigh: high, random: &context.random)
            return Dataset(x: teacher.inputs, y: teacher.targets)
        } catch {
            throw options.value("layers")!.error(error.description)
        }
    }

    static func biasMode(_ text: String) -> BiasMode {
        switch text {
        case "shared": .shared
        case "none": .none
        default: .perNeuron
        }
    }

    private static func inline(_ options: StepOptions) throws(Diagnostic) -> Dataset {
        guard let xRows = try options.matrix("X") else {
            throw .error("inline data needs 'X', e.g. 'X: [[0, 1], [1, 0]]'", at: options.keyLocation("from"))
        }
        guard let yRows = try options.matrix("y") else {
            throw .error("inline data needs 'y', e.g. 'y: [1, 0]'", at: options.keyLocation("from"))
        }
        let x = Matrix(xRows)
        // A single row of targets means one target per sample.
        var y = Matrix(yRows)
        if y.rows == 1, y.columns == x.rows, x.rows > 1 { y = y.transposed }
        guard y.rows == x.rows else {
            throw options.value("y")!.error("y has \(y.rows) rows but X has \(x.rows): give one target row per sample")
        }
        if try options.boolean("classification")! {
            return try classified(x: x, y: y, value: options.value("y")!)
        }
        return Dataset.literal(x: x, y: y)
    }

    /// Data whose single target column holds class labels 0, 1, ….
    private static func classified(x: Matrix, y: Matrix, value: OptionValue) throws(Diagnostic) -> Dataset {
        guard y.columns == 1 else {
            throw value.error("class labels must be one column, but y has \(y.columns)")
        }
        var largest = 0
        for label in y.elements {
            guard label >= 0, label.rounded() == label else {
                throw value.error("class labels must be whole numbers 0, 1, …; found \(label)")
            }
            largest = max(largest, Int(label))
        }
        return Dataset(x: x, y: y, classCount: largest + 1)
    }

    private static func csv(_ options: StepOptions, _ context: RunContext) throws(Diagnostic) -> Dataset {
        guard let pathValue = options.value("path"), options.has("path") else {
            throw .error("a csv dataset needs 'path'", at: options.keyLocation("from"))
        }
        let path = context.resolve(pathValue.text.trimmed)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw pathValue.error("cannot read '\(pathValue.text.trimmed)' (looked for \(path))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw pathValue.error("'\(pathValue.text.trimmed)' is not UTF-8 text")
        }
        let header: CSVTable.HeaderMode
        switch try options.choice("header")! {
        case "true": header = .present
        case "false": header = .absent
        default: header = .automatic
        }
        var targets: [CSVColumn] = [.index(-1)]
        if let written = options.text("targets"), options.has("targets") {
            targets = written.split(separator: ",").map { part in
                let name = String(part).trimmed
                return Int(name).map(CSVColumn.index) ?? .name(name)
            }
        }
        let note = "while reading the {dataset} at \(options.step.location)"
        let classLabels = try options.boolean("classification") ?? false
        do throws(CSVError) {
            let table = try CSVTable.parse(text: text, header: header)
            return try table.dataset(targets: targets, classLabels: classLabels)
        } catch {
            // Point into the CSV file itself, so the caret shows the bad cell.
            if let position = error.position {
                throw .error(error.message, at: SourceLocation(path: path, line: position.line, column: position.column), notes: [note])
            }
            throw (options.has("targets") ? options.value("targets")! : pathValue).error(error.message).with(note: note)
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

    private static func summaryTable(_ data: Dataset, test: Dataset?, source: String) -> ResultTable {
        var rows: [[String]] = [["training samples", NumberFormat.integer(data.sampleCount)]]
        if let test { rows.append(["test samples", NumberFormat.integer(test.sampleCount)]) }
        rows.append(["inputs", "\(data.featureCount) (\(data.featureNames.joined(separator: ", ")))"])
        if let classes = data.classCount {
            let names = data.classNames ?? []
            rows.append(["classes", "\(classes) (\(names.joined(separator: ", ")))"])
        } else {
            rows.append(["targets", "\(data.targetCount) (\(data.targetNames.joined(separator: ", ")))"])
        }
        return ResultTable(caption: "Data from `\(source)`", columns: [.init("", numeric: false), .init("", numeric: false)], rows: rows)
    }

    /// The first rows of the data, so readers see what the numbers look like.
    private static func previewTable(_ data: Dataset) -> ResultTable {
        let shown = min(data.sampleCount, 8)
        var columns = data.featureNames.map { ResultTable.Column("`\($0)`") }
        columns += data.targetNames.map { ResultTable.Column("`\($0)`") }
        var rows: [[String]] = []
        for row in 0..<shown {
            var cells = (0..<data.featureCount).map { NumberFormat.fixed(data.x[row, $0], digits: 4) }
            cells += (0..<data.targetCount).map { column -> String in
                let value = data.y[row, column]
                if data.classCount != nil, data.targetCount == 1, let names = data.classNames, Int(value) < names.count {
                    return names[Int(value)]
                }
                return NumberFormat.fixed(value, digits: 4)
            }
            rows.append(cells)
        }
        let more = data.sampleCount - shown
        return ResultTable(
            caption: shown == data.sampleCount ? "All samples" : "The first \(shown) samples",
            columns: columns, rows: rows,
            footnote: more > 0 ? "… and \(NumberFormat.integer(more)) more" : nil)
    }
}
