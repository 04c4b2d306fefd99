import Foundation

/// An exclusive lock on an output directory (`flock` on the folder itself, so no file is
/// left behind), held while a run
/// writes there, so two runs into the same folder write one after the other and never
/// leave a mix of both. The kernel releases it when the process ends, however it ends.
final class OutputLock {
    private let descriptor: Int32

    /// Waits for the lock; nil when the directory cannot be opened (the writes that
    /// follow then report the problem with the folder).
    init?(directory: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
