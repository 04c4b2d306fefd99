/// A problem found in a notebook, with the place it was found.
///
/// Errors travel as values (typed throws) and are turned into words in one
/// place, ``DiagnosticFormatter``, compiler style:
///
///     notebooks/xor.md:14:3: error: unknown option 'epoch'; did you mean 'epochs'?
///       epoch: 1000
///       ^~~~~
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// How many UTF-8 bytes of the line the problem covers (at least 1), for the `^~~~` underline.
    public var length: Int
    /// Further explanation printed after the source line, e.g. a hint.
    public var notes: [String]

    public init(
        _ severity: Severity = .error, _ message: String, at location: SourceLocation,
        length: Int = 1, notes: [String] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation, length: Int = 1, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, length: length, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation, length: Int = 1, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, length: length, notes: notes)
    }
}
