/// The course package `--package FILE` writes, chosen by the file's extension.
public enum PackageFormat: Sendable, Equatable {
    /// `.imscc`: IMS Common Cartridge 1.1 (Canvas: Import Course Content; Moodle: restore).
    case commonCartridge
    /// `.zip`: IMS Content Package 1.1.4 (Moodle's "IMS content package" resource).
    case contentPackage

    /// The format for `path`, or nil for an extension nbrun does not write.
    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".imscc") {
            self = .commonCartridge
        } else if lowered.hasSuffix(".zip") {
            self = .contentPackage
        } else {
            return nil
        }
    }
}
