import NotebookKit

/// `--solutions hide|show|strip` (NotebookKit's type, named here for the command line).
public typealias SolutionVisibility = NotebookKit.SolutionVisibility

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
    /// Write a page for this course platform's page editor instead (`--lms`).
    public var lms: LMSPlatform?
    /// Write every lesson into one course package at this path (`--package`), not into the output directory.
    public var packagePath: String?
    /// A fragment follows the reader's dark preference (`--follow-host-theme`); otherwise it is light.
    public var followHostTheme = false
    /// Makes a fragment's relative links absolute (`--base-url`).
    public var baseURL: String?
    /// The course's title (`--title`): the site index's heading, the package's module.
    public var courseTitle: String?
    /// A font file with an OpenType MATH table to embed in each report.
    public var mathFontPath: String?
    /// Put measured wall-clock times into the report (makes output vary between runs).
    public var timings: Bool
    public var quiet: Bool
    /// `--memory-limit`: the memory in GiB one step may use (default: the machine's memory).
    public var memoryLimit: Double? = nil
    /// `--allow-path DIR`: folders a notebook may read from besides its own and the working directory.
    public var allowedPaths: [String] = []
    /// How solutions to exercises appear; `.strip` writes the student edition.
    public var solutions: SolutionVisibility
    /// How many notebooks render at once (`-j`); 1 renders them one after another.
    /// The files written are the same either way.
    public var jobs: Int

    public init(
        notebooks: [String], outputDirectory: String = "output", seed: UInt32? = nil,
        overrides: [(String, String)] = [], safe: Bool = false, fragment: Bool = false,
        mathFontPath: String? = nil, timings: Bool = false, quiet: Bool = false,
        solutions: SolutionVisibility = .hide, lms: LMSPlatform? = nil, jobs: Int = 1
    ) {
        self.solutions = solutions
        self.notebooks = notebooks
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.overrides = overrides
        self.safe = safe
        self.fragment = fragment
        self.lms = lms
        self.mathFontPath = mathFontPath
        self.timings = timings
        self.quiet = quiet
        self.jobs = max(1, jobs)
    }
}
