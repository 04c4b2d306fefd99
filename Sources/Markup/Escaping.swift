/// Escaping for character data and attribute values in HTML, SVG and MathML.
///
/// This is the only escaping code in nbrun. Characters that XML 1.0 forbids
/// (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF)
/// and the controls HTML forbids as well (DEL, C1 controls U+0080–U+009F)
/// become U+FFFD, so every document written stays well-formed and valid.
public enum Escaping {
    /// Escapes `&`, `<` and `>` (and forbidden characters) for element content.
    public static func text(_ string: String) -> String {
        escape(string, quotes: false)
    }

    /// Escapes `&`, `<`, `>` and `"` (and forbidden characters) for a double-quoted attribute value.
    public static func attribute(_ string: String) -> String {
        escape(string, quotes: true)
    }

    /// Whether a scalar may appear in an XML 1.0 document and as HTML text (no DEL, no C1 controls).
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x0..<0x20: return false
        case 0x7F...0x9F: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    private static func escape(_ string: String, quotes: Bool) -> String {
        var needsWork = false
        for scalar in string.unicodeScalars where scalar == "&" || scalar == "<" || scalar == ">"
            || (quotes && scalar == "\"") || !isAllowedInXML(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return string }
        var result = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where quotes: result.append(contentsOf: "&quot;".unicodeScalars)
            default:
                result.append(isAllowedInXML(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return String(result)
    }
}
