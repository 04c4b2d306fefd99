/// Strict decimal numbers as written in data files:
/// `[+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?`. No `nan`, `inf`, hex or blanks, which
/// `Double(_:)` alone would accept; the value is `Double(_:)`'s correctly rounded one.
enum DecimalNumber {
    static func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == 0x2b || bytes[index] == 0x2d { index += 1 }
        var mantissaDigits = digits()
        if index < bytes.count, bytes[index] == 0x2e {
            index += 1
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return nil }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2b || bytes[index] == 0x2d { index += 1 }
            guard digits() > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
