/// A Unicode mathematical alphabet (`\mathbf`, `\mathbb`, `\mathcal`...).
///
/// Browsers ignore `mathvariant` values other than `normal`, so styled letters
/// are written as the characters of the Mathematical Alphanumeric Symbols block
/// (U+1D400–U+1D7FF) and the older letterlike symbols it leaves holes for.
enum MathAlphabet: Sendable, Equatable {
    /// `\mathrm`, `\operatorname`: upright letters (written with `mathvariant="normal"`).
    case roman
    case bold
    case italic
    case boldItalic
    case script
    case boldScript
    case fraktur
    case doubleStruck
    case sansSerif
    case sansSerifBold
    case monospace

    /// Whether consecutive letters form one identifier (a word) rather than a product of variables.
    var joinsLetters: Bool {
        switch self {
        case .roman, .italic, .sansSerif, .monospace: return true
        default: return false
        }
    }

    /// `scalar` drawn in this alphabet, or `scalar` itself when the alphabet has no such letter.
    func apply(to scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if let exception = Self.exceptions[self]?[value] { return Unicode.Scalar(exception)! }
        let starts = latinStarts
        if (0x41...0x5A).contains(value), let upper = starts.upper {
            return Unicode.Scalar(upper + value - 0x41)!
        }
        if (0x61...0x7A).contains(value), let lower = starts.lower {
            return Unicode.Scalar(lower + value - 0x61)!
        }
        if (0x30...0x39).contains(value), let digits = digitStart {
            return Unicode.Scalar(digits + value - 0x30)!
        }
        if self == .boldItalic, (0x391...0x3A9).contains(value) {
            // TeX's \boldsymbol keeps capital Greek upright.
            return MathAlphabet.bold.apply(to: scalar)
        }
        if let greek = greekStart, let slot = Self.greekSlot(of: value) {
            return Unicode.Scalar(greek + slot)!
        }
        return scalar
    }

    private var latinStarts: (upper: UInt32?, lower: UInt32?) {
        switch self {
        case .roman: return (nil, nil)
        case .bold: return (0x1D400, 0x1D41A)
        case .italic: return (0x1D434, 0x1D44E)
        case .boldItalic: return (0x1D468, 0x1D482)
        case .script: return (0x1D49C, 0x1D4B6)
        case .boldScript: return (0x1D4D0, 0x1D4EA)
        case .fraktur: return (0x1D504, 0x1D51E)
        case .doubleStruck: return (0x1D538, 0x1D552)
        case .sansSerif: return (0x1D5A0, 0x1D5BA)
        case .sansSerifBold: return (0x1D5D4, 0x1D5EE)
        case .monospace: return (0x1D670, 0x1D68A)
        }
    }

    private var digitStart: UInt32? {
        switch self {
        case .bold, .boldItalic: return 0x1D7CE
        case .doubleStruck: return 0x1D7D8
        case .sansSerif: return 0x1D7E2
        case .sansSerifBold: return 0x1D7EC
        case .monospace: return 0x1D7F6
        default: return nil
        }
    }

    private var greekStart: UInt32? {
        switch self {
        case .bold: return 0x1D6A8
        case .italic: return 0x1D6E2
        case .boldItalic: return 0x1D71C
        case .sansSerifBold: return 0x1D756
        default: return nil
        }
    }

    /// Position of a Greek letter in the 58-slot order the math Greek alphabets share:
    /// Α–Ω (with ϴ at U+03A2's place), ∇, α–ω, ∂, ϵ, ϑ, ϰ, ϕ, ϱ, ϖ.
    private static func greekSlot(of value: UInt32) -> UInt32? {
        switch value {
        case 0x391...0x3A9: return value - 0x391
        case 0x3F4: return 17
        case 0x2207: return 25
        case 0x3B1...0x3C9: return 26 + value - 0x3B1
        case 0x2202: return 51
        case 0x3F5: return 52
        case 0x3D1: return 53
        case 0x3F0: return 54
        case 0x3D5: return 55
        case 0x3F1: return 56
        case 0x3D6: return 57
        default: return nil
        }
    }

    /// Letters that Unicode had encoded before the math block, which leaves holes for them.
    private static let exceptions: [MathAlphabet: [UInt32: UInt32]] = [
        .italic: [0x68: 0x210E],
        .script: [
            0x42: 0x212C, 0x45: 0x2130, 0x46: 0x2131, 0x48: 0x210B, 0x49: 0x2110, 0x4C: 0x2112,
            0x4D: 0x2133, 0x52: 0x211B, 0x65: 0x212F, 0x67: 0x210A, 0x6F: 0x2134,
        ],
        .fraktur: [0x43: 0x212D, 0x48: 0x210C, 0x49: 0x2111, 0x52: 0x211C, 0x5A: 0x2128],
        .doubleStruck: [0x43: 0x2102, 0x48: 0x210D, 0x4E: 0x2115, 0x50: 0x2119, 0x51: 0x211A, 0x52: 0x211D, 0x5A: 0x2124],
    ]
}
