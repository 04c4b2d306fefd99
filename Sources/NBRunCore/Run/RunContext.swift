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
    /// Warnings to print (with locations) once the notebook has run.
    public var warnings: [Diagnostic] = []
    /// Files written beside the report (exports), relative to the output directory.
    public var files: [OutputFile] = []
    public var figureCount = 0

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
    }

    /// A path from the notebook, resolved against the notebook's directory.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || notebookDirectory.isEmpty { return path }
        return notebookDirectory + "/" + path
    }
}

/// A file to write beside the report: path relative to the output directory.
public struct OutputFile: Sendable {
    public var relativePath: String
    public var bytes: [UInt8]
    public init(relativePath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.bytes = bytes
    }
}
