import Foundation

/// What happens to the images of the prose (`![alt](img/x.png)`).
public enum ImagePolicy: Sendable, Equatable {
    /// Left as written (the Markdown's own rendering).
    case keep
    /// Local images are read (relative to the notebook's folder) and embedded as `data:`
    /// URLs, so the page stays one file; a missing or unreadable file is an error. A remote
    /// image is kept, with a warning (the page then needs the network). An image without
    /// alt text gets a warning.
    case embed
}

/// Turns a local image file into a `data:` URL.
enum ImageEmbedding {
    /// MIME types by file extension (lowercased).
    static let types = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                        "webp": "image/webp", "svg": "image/svg+xml"]

    static func isRemote(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("//")
    }

    /// The file `url` names, relative to the folder of `notebookPath`, as a `data:` URL
    /// and its size in bytes; an error when it cannot be embedded.
    static func dataURL(_ url: String, notebookPath: String, at location: SourceLocation) throws(Diagnostic) -> (url: String, bytes: Int) {
        let path = (url.removingPercentEncoding ?? url).split(separator: "#").first.map(String.init) ?? url
        let ext = (path as NSString).pathExtension.lowercased()
        guard let type = types[ext] else {
            throw Diagnostic.error(
                "cannot embed image '\(url)': unknown image type '.\(ext)'", at: location, length: 2,
                notes: ["images are embedded as PNG, JPEG, GIF, WebP or SVG"])
        }
        let folder = (notebookPath as NSString).deletingLastPathComponent
        let full = path.hasPrefix("/") ? path : (folder.isEmpty ? path : folder + "/" + path)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw Diagnostic.error(
                "image '\(url)' not found", at: location, length: 2,
                notes: ["looked for \(full); image paths are relative to the notebook's folder"])
        }
        return ("data:\(type);base64," + data.base64EncodedString(), data.count)
    }
}
