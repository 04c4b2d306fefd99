import Foundation

/// `--math-font FILE` is checked before any notebook runs (a usage error, exit 2): the
/// file must be readable, at most ``MathFontCheck/largestSize`` bytes (it is embedded in
/// every report), and a font: OpenType or TrueType with a `MATH` table, WOFF or WOFF2.
public enum MathFontCheck {
    /// 20 MiB: the largest math fonts (STIX Two Math, Latin Modern Math) are under 2 MB.
    public static let largestSize = 20 * 1_048_576

    /// Why `path` cannot be the math font, or nil when it can.
    public static func problem(atPath path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType else {
            return "cannot read '\(path)'"
        }
        guard type == .typeRegular else { return "'\(path)' is not a regular file" }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= largestSize else {
            return "'\(path)' is \(size / 1_048_576) MiB; a math font embedded in every report may be at most \(largestSize / 1_048_576) MiB"
        }
        guard let data = FileManager.default.contents(atPath: path) else { return "cannot read '\(path)'" }
        return fontProblem(Array(data), path: path)
    }

    /// Checks the font's signature and, for OpenType/TrueType, its table directory.
    static func fontProblem(_ bytes: [UInt8], path: String) -> String? {
        let notAFont = "'\(path)' is not an OpenType, TrueType, WOFF or WOFF2 font"
        guard bytes.count >= 12 else { return notAFont }
        let tag = String(decoding: bytes[0..<4], as: UTF8.self)
        if tag == "wOFF" || tag == "wOF2" { return nil }
        guard tag == "OTTO" || tag == "true" || bytes[0..<4].elementsEqual([0, 1, 0, 0]) else { return notAFont }
        let tables = Int(bytes[4]) << 8 | Int(bytes[5])
        guard 12 + tables * 16 <= bytes.count else { return notAFont + " (its table directory is cut short)" }
        for index in 0..<tables {
            let start = 12 + index * 16
            if bytes[start..<(start + 4)].elementsEqual("MATH".utf8) { return nil }
        }
        return "'\(path)' has no MATH table: it is a font, but not a math font"
    }
}
