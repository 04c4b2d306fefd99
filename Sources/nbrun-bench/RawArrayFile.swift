#if canImport(Glibc)
import Glibc
#endif

/// Reads the raw arrays a manifest names: little-endian float64, row-major, no header,
/// exactly `8 × product(shape)` bytes.
struct RawArrayFile {
    /// The manifest's directory; entries name files relative to it.
    var directory: String

    /// The whole array, read straight into its final buffer (W5's 376 MB are never copied).
    func read(_ entry: Manifest.ArrayEntry) throws(BenchError) -> [Double] {
        let path = directory.isEmpty ? entry.file : directory + "/" + entry.file
        let count = entry.count
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw BenchError("cannot open \(path)") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == 8 * count else {
            throw BenchError("\(path) does not hold \(count) float64 values (shape \(entry.shape))")
        }
        var complete = true
        let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            let bytes = UnsafeMutableRawBufferPointer(buffer)
            var done = 0
            while done < bytes.count {
                let got = Glibc.read(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if got <= 0 { break }
                done += got
            }
            complete = done == bytes.count
            if !complete { bytes.initializeMemory(as: UInt8.self, repeating: 0) }
            initialized = count
        }
        guard complete else { throw BenchError("short read from \(path)") }
        #if _endian(big)
        return values.map { Double(bitPattern: UInt64(littleEndian: $0.bitPattern)) }
        #else
        return values
        #endif
    }
}
