/// A ZIP file of stored (uncompressed) entries, written byte for byte the same for the
/// same entries: entries sorted by path, every timestamp 1980-01-01 00:00 (the earliest
/// MS-DOS date), no extra fields, no comments, UTF-8 names (general-purpose flag bit 11).
/// Follows PKWARE's APPNOTE.TXT sections 4.3.7 (local header), 4.3.12 (central directory
/// header) and 4.3.16 (end of central directory); version needed 1.0 (stored).
struct ZipArchive {
    struct Entry {
        var path: String
        var bytes: [UInt8]
    }

    private(set) var entries: [Entry] = []

    /// Adds a file; a later entry with the same path replaces the earlier one.
    mutating func add(_ path: String, _ bytes: [UInt8]) {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "zip paths are relative")
        entries.removeAll { $0.path == path }
        entries.append(Entry(path: path, bytes: bytes))
    }

    /// The archive's bytes. Fails (precondition) past the 4 GiB / 65535-entry limits of
    /// a ZIP without ZIP64, far beyond any course package.
    func bytes() -> [UInt8] {
        let sorted = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        precondition(sorted.count < 0xFFFF, "too many entries for a ZIP without ZIP64")
        var output: [UInt8] = []
        var central: [UInt8] = []
        for entry in sorted {
            let name = Array(entry.path.utf8)
            let crc = CRC32.checksum(entry.bytes)
            let size = UInt32(entry.bytes.count)
            let offset = UInt32(output.count)
            // Local file header.
            output.appendLittleEndian(UInt32(0x0403_4B50))
            output.appendCommonFields(crc: crc, size: size, nameLength: name.count)
            output += name
            output += entry.bytes
            // Central directory header.
            central.appendLittleEndian(UInt32(0x0201_4B50))
            central.appendLittleEndian(UInt16(0x0314))  // made by: Unix (3), version 2.0
            central.appendCommonFields(crc: crc, size: size, nameLength: name.count)
            central.appendLittleEndian(UInt16(0))  // file comment length
            central.appendLittleEndian(UInt16(0))  // disk number start
            central.appendLittleEndian(UInt16(0))  // internal attributes
            central.appendLittleEndian(UInt32(0o100644) << 16)  // external: regular file, rw-r--r--
            central.appendLittleEndian(offset)
            central += name
        }
        let centralOffset = UInt32(output.count)
        output += central
        // End of central directory record.
        output.appendLittleEndian(UInt32(0x0605_4B50))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(sorted.count))
        output.appendLittleEndian(UInt16(sorted.count))
        output.appendLittleEndian(UInt32(central.count))
        output.appendLittleEndian(centralOffset)
        output.appendLittleEndian(UInt16(0))
        return output
    }
}

private extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        for shift in stride(from: 0, to: T.bitWidth, by: 8) {
            append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }

    /// The fields local and central headers share, from "version needed" to "extra field length".
    mutating func appendCommonFields(crc: UInt32, size: UInt32, nameLength: Int) {
        appendLittleEndian(UInt16(10))  // version needed to extract: 1.0
        appendLittleEndian(UInt16(0x0800))  // flags: UTF-8 names
        appendLittleEndian(UInt16(0))  // method: stored
        appendLittleEndian(UInt16(0))  // time 00:00:00
        appendLittleEndian(UInt16((0 << 9) | (1 << 5) | 1))  // date 1980-01-01
        appendLittleEndian(crc)
        appendLittleEndian(size)  // compressed size
        appendLittleEndian(size)  // uncompressed size
        appendLittleEndian(UInt16(nameLength))
        appendLittleEndian(UInt16(0))  // extra field length
    }
}
