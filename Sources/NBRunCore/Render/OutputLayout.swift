/// Where every output file goes, relative to the output directory — the one place
/// that names files. For notebooks/xor.md:
///
///     xor.html                      the page (``reportPath(stem:)``)
///     xor/figure-2-loss.svg         each figure as its own file (``figurePath(stem:number:slug:)``)
///     xor/training-1.json           what the steps exported (``attachmentPath(_:stem:)``)
///     images/diagram.png            a local file the prose links to, at the link's own path
///                                   (``path(of:stem:)``), so the link works as written
///     index.html                    the index of a multi-notebook run (``indexPath``)
///
/// Links inside a page are these same relative paths (the page sits at the top).
public struct OutputLayout: Sendable, Equatable {
    /// The output directory, as given (`output` by default).
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public func reportPath(stem: String) -> String { stem + ".html" }

    /// The folder beside the page that holds its figures and exports.
    public func assetFolder(stem: String) -> String { stem }

    public func figurePath(stem: String, number: Int, slug: String) -> String {
        assetFolder(stem: stem) + "/figure-\(number)-\(slug).svg"
    }

    public func attachmentPath(_ name: String, stem: String) -> String {
        assetFolder(stem: stem) + "/" + name
    }

    /// Where an attachment goes: exports in the asset folder, referenced files at the
    /// relative path the prose wrote.
    public func path(of attachment: DocumentAttachment, stem: String) -> String {
        switch attachment.kind {
        case .export: attachmentPath(attachment.name, stem: stem)
        case .reference: attachment.name
        }
    }

    public var indexPath: String { "index.html" }

    /// A relative path as a path on disk: `directory/relative`, without doubling slashes.
    public func fileSystemPath(_ relative: String) -> String {
        if directory.isEmpty || directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
