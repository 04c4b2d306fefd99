import Foundation
import NotebookKit

/// The local files a notebook's prose links to or shows: every `src="…"` and `href="…"`
/// in cmark's HTML whose value is a relative path (no scheme, no leading `/`, no `#`,
/// no `..`) naming a file that exists beside the notebook. They are copied into the
/// output at the same relative path, so a site or package is complete. Links to other
/// lessons' pages (`xor.html`, which is not a file beside the notebook) are not files.
enum LocalReferences {
    /// Relative paths as written, in document order, each once.
    static func paths(in html: String) -> [String] {
        var result: [String] = []
        for attribute in ["src=\"", "href=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let value = String(rest[..<end])
                if isLocalPath(value), !result.contains(value) { result.append(value) }
            }
        }
        return result
    }

    /// A relative path that stays inside the output folder.
    static func isLocalPath(_ value: String) -> Bool {
        guard !value.isEmpty, !value.hasPrefix("/"), !value.hasPrefix("#"), !value.contains("&"),
              !value.contains("?"), !value.contains("#") else { return false }
        if let colon = value.firstIndex(of: ":"), !value[..<colon].contains("/") { return false }
        return !value.split(separator: "/").contains("..")
    }

    /// The attachments for `document`'s prose: files found relative to `notebookDirectory`.
    static func attachments(of blocks: [DocumentBlock], notebookDirectory: String) -> [DocumentAttachment] {
        var seen: Set<String> = []
        var attachments: [DocumentAttachment] = []
        for block in blocks {
            guard case .prose(let prose) = block else { continue }
            for piece in prose.pieces {
                guard case .html(let html) = piece else { continue }
                for path in paths(in: html) where !seen.contains(path) {
                    seen.insert(path)
                    let onDisk = notebookDirectory.isEmpty ? path : notebookDirectory + "/" + path
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: onDisk, isDirectory: &isDirectory), !isDirectory.boolValue,
                          let data = FileManager.default.contents(atPath: onDisk) else { continue }
                    attachments.append(DocumentAttachment(kind: .reference, name: path, bytes: Array(data)))
                }
            }
        }
        return attachments
    }
}
