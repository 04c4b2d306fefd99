/// A JSON decoding error in words, with the path of the value it is about
/// (`layers[2].inputs`), instead of Swift's `DecodingError` internals.
extension DecodingError {
    var words: String {
        switch self {
        case .keyNotFound(let key, let context):
            return "missing key '\(Self.path(context.codingPath + [key]))'"
        case .typeMismatch(let type, let context):
            return "'\(Self.path(context.codingPath))' must be \(Self.kind(type))"
        case .valueNotFound(let type, let context):
            return "'\(Self.path(context.codingPath))' must be \(Self.kind(type)), not null"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "'\(Self.path(context.codingPath))' is out of range or malformed"
        @unknown default:
            return "unreadable"
        }
    }

    /// `layers[2].inputs`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "the document" : text
    }

    static func kind(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "text"
        case is Bool.Type: "true or false"
        default: "a \(type)"
        }
    }
}
