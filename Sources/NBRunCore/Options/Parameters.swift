import NotebookKit

/// The notebook's parameters: front matter `params`, overridden by `--set name=value`.
/// Step option values refer to them as `${name}`.
public struct Parameters: Sendable {
    public struct Entry: Sendable {
        public var value: String
        /// Where it was set in the notebook; nil when it came from the command line.
        public var location: SourceLocation?
    }

    public private(set) var entries: [String: Entry] = [:]
    /// Names in the order they were first set (for the report's parameter table).
    public private(set) var order: [String] = []

    public init(frontMatter: [Parameter] = [], overrides: [(String, String)] = []) {
        for parameter in frontMatter {
            set(parameter.name, to: parameter.value, at: parameter.location)
        }
        for (name, value) in overrides {
            set(name, to: value, at: nil)
        }
    }

    public mutating func set(_ name: String, to value: String, at location: SourceLocation?) {
        if entries[name] == nil { order.append(name) }
        entries[name] = Entry(value: value, location: location)
    }

    public subscript(name: String) -> String? { entries[name]?.value }

    /// `text` with every `${name}` replaced; an unknown name is an error at its `$`.
    func substitute(in text: String, at location: SourceLocation) throws(Diagnostic) -> OptionValue {
        guard text.contains("${") else { return OptionValue(text: text, location: location) }
        var result = ""
        var names: [String] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${") {
            result += rest[..<start.lowerBound]
            let offset = text.utf8.distance(from: text.startIndex, to: start.lowerBound)
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw .error("'${' is never closed with '}'", at: location.advanced(by: offset), length: 2)
            }
            let name = String(rest[start.upperBound..<end]).trimmed
            guard let value = entries[name]?.value else {
                let known = order
                var notes: [String] = []
                if let suggestion = Suggestion.closest(to: name, among: known) {
                    notes.append("did you mean '${\(suggestion)}'?")
                } else if known.isEmpty {
                    notes.append("set parameters under 'params:' in the front matter or with --set \(name)=VALUE")
                } else {
                    notes.append("known parameters: " + known.joined(separator: ", "))
                }
                throw .error("unknown parameter '\(name)'", at: location.advanced(by: offset),
                             length: rest[start.lowerBound...end].utf8.count, notes: notes)
            }
            names.append(name)
            result += value
            rest = rest[rest.index(after: end)...]
        }
        result += rest
        return OptionValue(text: result, location: location, substitutedFrom: names.joined(separator: ", "))
    }
}
