import NotebookKit

/// The generator and seed a run starts with, and who chose the seed: the one place
/// that resolves `--seed`, the front matter's `seed`/`rng` and the defaults.
public struct RandomSettings: Sendable, Equatable {
    public enum SeedSource: Sendable, Equatable {
        case commandLine, frontMatter, standard
    }

    /// The seed when neither `--seed` nor the front matter gives one.
    public static let defaultSeed: UInt32 = 0

    public var generator: RandomGenerator
    public var seed: UInt32
    public var seedSource: SeedSource

    public init(configuration: RunConfiguration, frontMatter: FrontMatter) {
        if let seed = configuration.seed {
            (self.seed, seedSource) = (seed, .commandLine)
        } else if let seed = frontMatter.seed {
            (self.seed, seedSource) = (seed, .frontMatter)
        } else {
            (self.seed, seedSource) = (Self.defaultSeed, .standard)
        }
        // NotebookKit accepts exactly these names for `rng` (FrontMatterReader.generators).
        guard let generator = RandomGenerator(rawValue: frontMatter.rng ?? RandomGenerator.standard.rawValue) else {
            preconditionFailure("the front matter reader accepted rng '\(frontMatter.rng ?? "")'")
        }
        self.generator = generator
    }

    /// A stream of this generator from this seed.
    public var stream: RandomStream { RandomStream(generator: generator, seed: seed) }
}
