import NotebookKit

/// Turns a run's ``NotebookDocument`` into files. The standalone HTML page is
/// ``HTMLPageRenderer``; other formats (LMS fragments, a course package) conform too
/// and place their files through the same ``OutputLayout``.
public protocol DocumentRenderer {
    /// The files to write (paths relative to the output directory), and warnings
    /// found while rendering (e.g. a formula that cannot be typeset).
    mutating func render(_ document: NotebookDocument, layout: OutputLayout) throws(Diagnostic) -> RenderedOutput
}

/// What a renderer produced for one document.
public struct RenderedOutput: Sendable {
    /// The main file (the page), relative to the output directory.
    public var mainPath: String
    public var files: [OutputFile]
    public var warnings: [Diagnostic]

    public init(mainPath: String, files: [OutputFile], warnings: [Diagnostic]) {
        self.mainPath = mainPath
        self.files = files
        self.warnings = warnings
    }
}

/// A file to write: path relative to the output directory.
public struct OutputFile: Sendable {
    public var relativePath: String
    public var bytes: [UInt8]
    public init(relativePath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.bytes = bytes
    }
}
