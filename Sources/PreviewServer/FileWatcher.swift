import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders through Linux's inotify and reports which files in them changed.
///
/// Folders are watched rather than files because editors save by writing a new file
/// and renaming it over the old one. A burst of events (an editor's save is several)
/// is gathered for ``settle`` and reported once, as the sorted set of changed paths.
/// The watching thread waits in `poll`, so an idle watcher uses no processor time.
public final class FileWatcher: @unchecked Sendable {
    public typealias ChangeHandler = @Sendable (_ changedPaths: [String]) -> Void

    /// How long to wait for more events before reporting a burst.
    public let settle: Duration
    private let inotify: Int32
    private let wakePipe: (read: Int32, write: Int32)
    private var folders: [Int32: String] = [:]
    private let handler: ChangeHandler
    private let stopped = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var isStopping = false

    /// Starts watching `folders` (paths as given; reported paths are `folder/name`).
    public init(folders: [String], settle: Duration = .milliseconds(40), onChange handler: @escaping ChangeHandler) throws(PreviewServerError) {
        self.settle = settle
        self.handler = handler
        inotify = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard inotify >= 0 else { throw .system("inotify_init1", errno) }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        for folder in Set(folders).sorted() {
            let watch = inotify_add_watch(inotify, folder, mask)
            guard watch >= 0 else {
                let error = errno
                Glibc.close(inotify)
                throw .system("inotify_add_watch \(folder)", error)
            }
            self.folders[watch] = folder
        }
        guard let pipe = wakeUpPipe() else {
            Glibc.close(inotify)
            throw .system("pipe", errno)
        }
        wakePipe = pipe
        Thread.detachNewThread { [self] in watchLoop() }
    }

    /// Stops watching; returns when the watching thread has ended. Safe to call twice.
    public func stop() {
        let first = lock.withLock { () -> Bool in
            defer { isStopping = true }
            return !isStopping
        }
        guard first else { return }
        var byte: UInt8 = 1
        _ = Glibc.write(wakePipe.write, &byte, 1)
        stopped.wait()
        Glibc.close(inotify)
        Glibc.close(wakePipe.read)
        Glibc.close(wakePipe.write)
    }

    private func watchLoop() {
        defer { stopped.signal() }
        var pending = Set<String>()
        while true {
            // Wait forever when nothing is pending; otherwise only until the burst settles.
            let timeout: Int32 = pending.isEmpty ? -1 : Int32(settle.components.attoseconds / 1_000_000_000_000_000
                                                               + settle.components.seconds * 1000)
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 || fds[1].revents != 0 { return }
            if ready == 0 {
                let changed = pending.sorted()
                pending.removeAll()
                handler(changed)
                continue
            }
            pending.formUnion(readEvents())
        }
    }

    /// The paths named by every queued event.
    private func readEvents() -> [String] {
        var paths: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            if count <= 0 { return paths }
            var offset = 0
            buffer.withUnsafeBytes { raw in
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<(nameStart + Int(event.len))].prefix { $0 != 0 }
                    if let folder = folders[event.wd], !nameBytes.isEmpty {
                        paths.append(folder + "/" + String(decoding: nameBytes, as: UTF8.self))
                    }
                    offset = nameStart + Int(event.len)
                }
            }
        }
    }
}
