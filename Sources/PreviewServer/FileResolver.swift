#if canImport(Glibc)
import Glibc
#endif

/// Finds the file a request names under the served roots (the rendered output first,
/// then the lessons' own folders), and never a file outside them: every candidate is
/// resolved with `realpath`, so a symbolic link that leads out of its root is refused
/// like `../`.
struct FileResolver: Sendable {
    /// The roots, each resolved to its canonical absolute path.
    let roots: [String]

    init(roots: [String]) throws(PreviewServerError) {
        var canonical: [String] = []
        for root in roots {
            guard let path = FileResolver.realPath(root), FileResolver.isDirectory(path) else { throw .missingRoot(root) }
            canonical.append(path)
        }
        self.roots = canonical
    }

    enum Resolution: Equatable {
        case file(String)
        case notFound
        case outsideRoot
    }

    /// The first root that holds the file; a folder stands for its `index.html`.
    func resolve(_ segments: [String]) -> Resolution {
        var sawEscape = false
        for root in roots {
            var candidate = segments.isEmpty ? root : root + "/" + segments.joined(separator: "/")
            guard var resolved = FileResolver.realPath(candidate) else { continue }
            guard FileResolver.isInside(resolved, root: root) else { sawEscape = true; continue }
            if FileResolver.isDirectory(resolved) {
                candidate = resolved + "/index.html"
                guard let index = FileResolver.realPath(candidate) else { continue }
                guard FileResolver.isInside(index, root: root) else { sawEscape = true; continue }
                resolved = index
            }
            if FileResolver.isRegularFile(resolved) { return .file(resolved) }
        }
        return sawEscape ? .outsideRoot : .notFound
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
