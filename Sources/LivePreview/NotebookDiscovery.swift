import Foundation

/// The notebooks a preview shows: a file is taken as given; a folder stands for its
/// `.md` files (not its subfolders), sorted by name so the index order is stable.
public enum NotebookDiscovery {
    public static func notebooks(in inputs: [String]) throws(LivePreviewError) -> [String] {
        var result: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw .noSuchInput(input)
            }
            guard isDirectory.boolValue else {
                result.append(input)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            let notebooks = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            guard !notebooks.isEmpty else { throw .noNotebooks(input) }
            let folder = input.hasSuffix("/") ? String(input.dropLast()) : input
            result += notebooks.map { folder + "/" + $0 }
        }
        return result
    }
}

/// Why a preview could not start.
public enum LivePreviewError: Error, Equatable, CustomStringConvertible {
    case noSuchInput(String)
    case noNotebooks(String)
    case server(String)

    public var description: String {
        switch self {
        case .noSuchInput(let path): "\(path): error: no such file or folder"
        case .noNotebooks(let path): "\(path): error: the folder holds no .md notebook"
        case .server(let reason): "error: cannot start the preview: \(reason)"
        }
    }
}
