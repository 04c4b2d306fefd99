/// One JSON object printed on a single line, keys in the order they were added
/// (the protocol's result line; see benchmarks/README.md).
struct ResultLine {
    private var fields: [String] = []

    mutating func add(_ key: String, _ text: String) {
        fields.append("\"\(key)\": \"\(text)\"")
    }

    /// A number with every digit needed to read it back exactly (Swift's shortest
    /// round-trip form, at most 17 significant digits); `null` when not finite.
    mutating func add(_ key: String, _ number: Double) {
        fields.append("\"\(key)\": \(Self.json(number))")
    }

    mutating func add(_ key: String, _ integer: Int) {
        fields.append("\"\(key)\": \(integer)")
    }

    /// An object of numbers, keys in the given order.
    mutating func add(_ key: String, _ pairs: [(String, Double)]) {
        let inner = pairs.map { "\"\($0.0)\": \(Self.json($0.1))" }.joined(separator: ", ")
        fields.append("\"\(key)\": {\(inner)}")
    }

    var text: String { "{" + fields.joined(separator: ", ") + "}" }

    static func json(_ number: Double) -> String { number.isFinite ? "\(number)" : "null" }
}
