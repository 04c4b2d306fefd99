import NotebookKit
import NeuralEngine

/// The state a notebook's steps share while they run in order: the data, the
/// model, the training runs so far, the random stream, and what to write.
public struct RunContext {
    public let notebook: Notebook
    /// The notebook's directory: paths written in a notebook resolve against it.
    public let notebookDirectory: String
    /// The report's file stem: `xor` for notebooks/xor.md.
    public let stem: String
    public var parameters: Parameters
    public let configuration: RunConfiguration
    public let progress: ProgressReporter
    /// Collects phase times when measured (`nbrun-bench render`); plots count their
    /// predictions on the engine as running the steps.
    public var phaseTimes: PhaseTimes?
    /// Warnings to print (with locations) once the notebook has run.
    public var warnings: [Diagnostic] = []
    /// Files the steps produced (exports), written beside the rendered document.
    public var attachments: [DocumentAttachment] = []
    /// Where output files go (steps link to their exports through it).
    public let layout: OutputLayout
    public var figureCount = 0
    /// The generator and seed the run started with.
    public let randomSettings: RandomSettings
    /// The notebook's random stream (front matter `seed`/`rng`, `--seed`, `{random}`).
    public var random: RandomStream
    /// The current data set (`{dataset}`).
    public var data: LoadedData?
    /// The current model (`{model}`, `{load}`).
    public var model: LoadedModel?
    /// Every `{train}` so far, in order.
    public var trainings: [TrainingRecord] = []

    public init(
        notebook: Notebook, notebookDirectory: String, stem: String, parameters: Parameters,
        configuration: RunConfiguration, progress: ProgressReporter
    ) {
        self.notebook = notebook
        self.notebookDirectory = notebookDirectory
        self.stem = stem
        self.parameters = parameters
        self.configuration = configuration
        self.progress = progress
        self.layout = OutputLayout(directory: configuration.outputDirectory)
        self.randomSettings = RandomSettings(configuration: configuration, frontMatter: notebook.frontMatter)
        self.random = randomSettings.stream
    }

    /// The current data, or an error at `location` saying which step is missing.
    public func requireData(at location: SourceLocation, for step: String) throws(Diagnostic) -> LoadedData {
        guard let data else {
            throw .error("{\(step)} needs data: add a {dataset} step before it", at: location)
        }
        return data
    }

    /// The current model, or an error at `location` saying which step is missing.
    public func requireModel(at location: SourceLocation, for step: String) throws(Diagnostic) -> LoadedModel {
        guard let model else {
            throw .error("{\(step)} needs a model: add a {model} step before it", at: location)
        }
        return model
    }

    /// The next figure's number (figures are numbered in document order).
    public mutating func nextFigureNumber() -> Int {
        figureCount += 1
        return figureCount
    }

    /// A path from the notebook, resolved against the notebook's directory.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || notebookDirectory.isEmpty { return path }
        return notebookDirectory + "/" + path
    }
}

/// The data of the last `{dataset}` step, after its transforms.
public struct LoadedData: Sendable {
    /// What the model trains on.
    public var train: Dataset
    /// Held-out samples when the step asked for `test-split`.
    public var test: Dataset?
    /// `moons`, `xor`, … for captions.
    public var name: String
    /// Where the `{dataset}` step is.
    public var location: SourceLocation
}

/// The model of the last `{model}` (or `{load}`) step.
public struct LoadedModel: Sendable {
    public var network: Network
    /// The parameters it started from (for "before training" tables and `restart`).
    public var initialParameters: [Double]
    /// Where the `{model}` step is.
    public var location: SourceLocation
    /// For each dense layer, where it was declared (for shape errors).
    public var layerLocations: [SourceLocation]
}

/// One `{train}` step's outcome.
public struct TrainingRecord: Sendable {
    public var options: TrainingOptions
    public var result: TrainingResult
    /// `Training 1`, … or the step's `label` (inline Markdown, with its place in the notebook).
    public var label: InlineMarkdown
    /// Wall-clock seconds (shown only with `--timings`).
    public var seconds: Double
    /// Accuracy on the training data after training, for classification.
    public var finalAccuracy: Double?
    public var location: SourceLocation
}
