import Foundation

/// How published output names a notebook: its path relative to the working directory,
/// or, for a notebook outside it, its file name alone — never an absolute path a
/// teacher would publish by accident (`nbrun /home/teacher/course/x.md` says `x.md`).
enum SourceName {
    static func display(_ path: String, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var components: [String] = []
        let absolute = path.hasPrefix("/")
        let full = absolute ? path : workingDirectory + "/" + path
        for part in full.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(part))
            }
        }
        let base = workingDirectory.split(separator: "/").map(String.init)
        if components.count > base.count, Array(components.prefix(base.count)) == base {
            return components.dropFirst(base.count).joined(separator: "/")
        }
        return components.last ?? path
    }
}
