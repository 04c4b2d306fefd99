/// The YAML block between `---` lines at the top of a notebook.
///
///     ---
///     title: Learning XOR
///     author: A. Teacher
///     date: 2026-11-21
///     order: 1
///     seed: 42
///     rng: numpy
///     params:
///       lr: 0.1
///     ---
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    public var author: String?
    /// Kept as written: nbrun never stamps the current date, so output stays deterministic.
    public var date: String?
    public var description: String?
    /// Place in the course (`-o site/`, `--package`): lessons are ordered by `order`, then
    /// as given on the command line; a lesson without one comes after those with one.
    public var order: Int?
    /// Seed for the notebook's random stream (overridden by `--seed`).
    public var seed: UInt32?
    /// Which generator draws random numbers: `default` or `numpy` (legacy RandomState).
    public var rng: String?
    /// Parameters for `${name}` in step bodies, in the order written (overridden by `--set`).
    public var params: [Parameter]
    /// Where each key was written (its first byte), for diagnostics.
    public var keyLocations: [String: SourceLocation]

    public init(
        title: String? = nil, subtitle: String? = nil, author: String? = nil, date: String? = nil,
        description: String? = nil, seed: UInt32? = nil, rng: String? = nil, params: [Parameter] = [],
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.date = date
        self.description = description
        self.seed = seed
        self.rng = rng
        self.params = params
        self.keyLocations = keyLocations
    }
}

/// A notebook parameter: its name, its value as text, and where it was set.
public struct Parameter: Sendable, Equatable {
    public var name: String
    /// Scalars as written; a YAML list `[20, 10, 1]` becomes `20, 10, 1`.
    public var value: String
    /// Where the name was written.
    public var location: SourceLocation
    /// Where the value starts (for messages about a bad value); the name's location when not given.
    public var valueLocation: SourceLocation

    public init(name: String, value: String, location: SourceLocation, valueLocation: SourceLocation? = nil) {
        self.name = name
        self.value = value
        self.location = location
        self.valueLocation = valueLocation ?? location
    }
}
