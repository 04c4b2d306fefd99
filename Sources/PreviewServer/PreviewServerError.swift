#if canImport(Glibc)
import Glibc
#endif

/// Why the preview server or the file watcher could not start.
public enum PreviewServerError: Error, Equatable, CustomStringConvertible {
    /// Another program listens on the requested port.
    case portInUse(UInt16)
    /// A system call failed: its name and `errno`.
    case system(String, Int32)
    /// A served root folder does not exist.
    case missingRoot(String)

    public var description: String {
        switch self {
        case .portInUse(let port): "port \(port) on 127.0.0.1 is in use (choose another with --port, or 0 for a free one)"
        case .system(let call, let error): "\(call) failed: \(String(cString: strerror(error)))"
        case .missingRoot(let path): "cannot serve \(path): no such folder"
        }
    }
}
