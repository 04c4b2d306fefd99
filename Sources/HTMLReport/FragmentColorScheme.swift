/// Whether an embeddable fragment follows the reader's dark preference.
///
/// A fragment lives inside someone else's page. That page chooses light or dark (most
/// course platforms and static sites stay light whatever the reader's system says), so a
/// fragment is light unless asked (`--follow-host-theme`): then it keeps the report's
/// `@media (prefers-color-scheme: dark)` rules and turns dark with the reader's system,
/// as a host that follows that preference does.
public enum FragmentColorScheme: Sendable, Equatable {
    case light
    case followHost

    /// `css` without its `@media (prefers-color-scheme:dark){…}` blocks (braces matched).
    public static func removingDarkRules(_ css: String) -> String {
        var result = ""
        var rest = Substring(css)
        while let start = rest.range(of: "@media (prefers-color-scheme:dark)") ?? rest.range(of: "@media (prefers-color-scheme: dark)") {
            result += rest[..<start.lowerBound]
            var index = start.upperBound
            var depth = 0
            var opened = false
            while index < rest.endIndex {
                let character = rest[index]
                index = rest.index(after: index)
                if character == "{" { depth += 1; opened = true }
                if character == "}" { depth -= 1 }
                if opened && depth == 0 { break }
            }
            rest = rest[index...]
        }
        return result + rest
    }
}
