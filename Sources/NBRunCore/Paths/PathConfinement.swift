import Foundation
import NotebookKit

/// Where a notebook may read files (CSV data, `{load}` parameters): inside the
/// notebook's folder or the working directory, after resolving `..` and symbolic
/// links, or inside a folder given with `--allow-path DIR`. Anything else is an error
/// at the path's place in the notebook, so a notebook from elsewhere cannot copy
/// `/etc/passwd` or `~/.ssh` into a report.
struct PathConfinement: Sendable {
    /// Absolute folders, symbolic links resolved.
    let roots: [String]

    init(notebookDirectory: String, allowed: [String]) {
        let folders = [notebookDirectory.isEmpty ? "." : notebookDirectory, "."] + allowed
        roots = folders.map(Self.resolved)
    }

    /// `path` made absolute, with `.`, `..` and symbolic links resolved (as far as it exists).
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    func isAllowed(_ path: String) -> Bool {
        let target = Self.resolved(path)
        return roots.contains { root in root == "/" || target == root || target.hasPrefix(root + "/") }
    }

    /// `path` (already joined to the notebook's folder) when allowed, else an error at `value`.
    func check(_ path: String, writtenAt value: OptionValue) throws(Diagnostic) -> String {
        guard isAllowed(path) else {
            throw value.error("'\(value.text.trimmed)' lies outside the notebook's folder and the working directory")
                .with(note: "it resolves to \(Self.resolved(path)); to read it anyway, run nbrun with '--allow-path DIR' for its folder")
        }
        return path
    }
}

extension RunContext {
    /// `written` resolved against the notebook's folder and checked by ``PathConfinement``.
    func confinedPath(_ written: String, at value: OptionValue) throws(Diagnostic) -> String {
        try PathConfinement(notebookDirectory: notebookDirectory, allowed: configuration.allowedPaths)
            .check(resolve(written), writtenAt: value)
    }
}
