/// The CSS the MathML needs, and the `@font-face` rule for an embedded math font.
///
/// Brackets, radicals and big operators only stretch with a font that has an
/// OpenType MATH table, so such fonts are named first; `math` is the browser's
/// own default math font. Cell alignment, boxes and rules are inline styles on
/// the elements (they survive systems that strip `<style>`); the classes here
/// are hooks for the page's look.
///
/// `math-nowrap` is for the prose renderer: inline math and the punctuation
/// that follows it (`$x$.`, `$f(x)$,`, up to the next space) go in one
/// `<span class="math-nowrap">`, so a full stop never wraps alone onto the next
/// line (TeX never breaks there either). The span only keeps them together;
/// the math inside still breaks nowhere, as before.
public enum MathStylesheet {
    /// The family name an embedded font is given by ``fontFace(embedding:format:)``.
    public static let embeddedFamily = "nbrun Math"

    /// The CSS the MathML needs. Every selector is scoped under `.nbrun`, the report's root,
    /// so a report pasted into another page as a fragment leaves that page's math alone.
    public static let css = """
    .nbrun math { font-family: "\(embeddedFamily)", "Latin Modern Math", "STIX Two Math", "Cambria Math", "DejaVu Math TeX Gyre", math; }
    .nbrun math[display="block"] { margin: 0.75em 0; padding: 0.2em 0; overflow-x: auto; overflow-y: hidden; max-width: 100%; }
    .nbrun math mtext { font-family: inherit; }
    .nbrun .math-error { color: #9b1c1c; background: #fdf0f0; border: 1px dashed #c44; border-radius: 3px; padding: 0 0.25em; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; white-space: pre-wrap; overflow-wrap: anywhere; }
    .nbrun .math-boxed { border: 1px solid; padding: 0.2em 0.3em; }
    .nbrun .math-overline { border-top: 0.06em solid; }
    .nbrun .math-underline { border-bottom: 0.06em solid; }
    .nbrun .math-nowrap { white-space: nowrap; }
    """

    /// An `@font-face` rule carrying `fontData` as a base64 `data:` URL, named
    /// ``embeddedFamily``, which ``css`` lists first.
    /// - Parameter format: the CSS font format: `"woff2"`, `"woff"`, `"opentype"` or `"truetype"`.
    public static func fontFace(embedding fontData: [UInt8], format: String) -> String {
        let mime: String
        switch format {
        case "woff2": mime = "font/woff2"
        case "woff": mime = "font/woff"
        case "truetype": mime = "font/ttf"
        default: mime = "font/otf"
        }
        let safeFormat = String(format.filter { $0.isLetter || $0.isNumber })
        return "@font-face { font-family: \"\(embeddedFamily)\"; src: url(data:\(mime);base64,\(Base64.encode(fontData))) format(\"\(safeFormat)\"); }"
    }

    /// The CSS format name for a font file name (`.woff2` → `woff2`, `.ttf` → `truetype`, otherwise `opentype`).
    public static func fontFormat(forFileName name: String) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".woff2") { return "woff2" }
        if lower.hasSuffix(".woff") { return "woff" }
        if lower.hasSuffix(".ttf") { return "truetype" }
        return "opentype"
    }
}

/// RFC 4648 base64 with padding.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            output += [alphabet[Int(value >> 18 & 63)], alphabet[Int(value >> 12 & 63)], alphabet[Int(value >> 6 & 63)], alphabet[Int(value & 63)]]
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let second = rest == 2 ? UInt32(bytes[index + 1]) : 0
            let value = UInt32(bytes[index]) << 16 | second << 8
            output += [alphabet[Int(value >> 18 & 63)], alphabet[Int(value >> 12 & 63)]]
            output += rest == 2 ? [alphabet[Int(value >> 6 & 63)], UInt8(ascii: "=")] : [UInt8(ascii: "="), UInt8(ascii: "=")]
        }
        return String(decoding: output, as: UTF8.self)
    }
}
