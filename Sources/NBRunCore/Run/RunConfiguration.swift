/// Everything the command line decides about a run.
public struct RunConfiguration: Sendable {
    /// Notebook paths as the user typed them (kept relative for messages and output).
    public var notebooks: [String]
    /// Where reports go; default `output`, relative to the working directory.
    public var outputDirectory: String
    /// Overrides the front matter's `seed`.
    public var seed: UInt32?
    /// `--set name=value` pairs, in order; later ones win.
    public var overrides: [(String, String)]
    /// Strip raw HTML from prose (cmark's safe mode).
    public var safe: Bool
    /// Write an embeddable fragment instead of a full page.
    public var fragment: Bool
    /// A font file with an OpenType MATH table to embed in each report.
    public var mathFontPath: String?
    /// Put measured wall-clock times into the report (makes output vary between runs).
    public var timings: Bool
    public var quiet: Bool
    /// How many notebooks render at once (`-j`); 1 renders them one after another.
    /// The files written are the same either way.
    public var jobs: Int

    public init(
        notebooks: [String], outputDirectory: String = "output", seed: UInt32? = nil,
        overrides: [(String, String)] = [], safe: Bool = false, fragment: Bool = false,
        mathFontPath: String? = nil, timings: Bool = false, quiet: Bool = false,
        jobs: Int = 1
    ) {
        self.notebooks = notebooks
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.overrides = overrides
        self.safe = safe
        self.fragment = fragment
        self.mathFontPath = mathFontPath
        self.timings = timings
        self.quiet = quiet
        self.jobs = max(1, jobs)
    }
}
