import NotebookKit

/// A notebook's stem names its report (`NAME.html`) and its figure folder (`NAME/`), so
/// it must be a plain file name: letters, digits, `-`, `_` and `.`, not starting with `.`.
/// `...md` (stem `..`) would put figures in the output's parent; `<img src=x>.md` or a
/// space would need escaping in every link.
enum ReportName {
    static func isPlain(_ stem: String) -> Bool {
        guard let first = stem.unicodeScalars.first, first != "." else { return false }
        return stem.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
        }
    }

    /// An error at the notebook's first line when its stem is not plain.
    static func check(_ stem: String, path: String) throws(Diagnostic) {
        guard !isPlain(stem) else { return }
        throw .error(
            "the notebook's name '\(stem)' cannot name its report: use letters, digits, '-', '_' and '.', not starting with '.'",
            at: SourceLocation(path: path, line: 1, column: 1),
            notes: ["rename the file, e.g. to 'my-lesson.md'"])
    }
}
