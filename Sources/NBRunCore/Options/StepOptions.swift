import NotebookKit

/// A step's options, checked against its ``OptionSpec``s: unknown names (with
/// a suggestion), repeated options, options that do not apply, and missing
/// required ones are errors at their place in the notebook. Typed accessors
/// parse on demand and fall back to the declared default.
public struct StepOptions: Sendable {
    public let step: Step
    public let specs: [OptionSpec]
    private var values: [String: OptionValue] = [:]
    private var keyLocations: [String: SourceLocation] = [:]
    /// The step's item lines (e.g. layers), in order, with parameters substituted.
    public private(set) var items: [OptionValue] = []

    /// - Parameters:
    ///   - selector: the option whose value chooses which other options apply (dataset `from`).
    ///   - acceptsItems: whether lines that are not `key: value` are allowed (model layers).
    public init(
        step: Step, specs: [OptionSpec], parameters: Parameters, selector: String? = nil,
        acceptsItems: Bool = false
    ) throws(Diagnostic) {
        self.step = step
        self.specs = specs
        var byName: [String: OptionSpec] = [:]
        for spec in specs {
            for name in spec.allNames { byName[name] = spec }
        }
        for line in step.inlineOptions + step.lines {
            switch line.kind {
            case .item(let text):
                guard acceptsItems else {
                    throw .error(
                        "unexpected line in a {\(step.name)} step", at: line.location, length: text.utf8.count,
                        notes: ["options are written 'key: value', for example '\(specs.first.map { "\($0.name): \($0.defaultText ?? "…")" } ?? "key: value")'"])
                }
                items.append(try parameters.substitute(in: text, at: line.location))
            case .option(let key, let value, let valueLocation):
                guard let spec = byName[key] else {
                    var notes: [String] = []
                    if let suggestion = Suggestion.closest(to: key, among: specs.flatMap(\.allNames)) {
                        throw .error("unknown option '\(key)' for {\(step.name)}; did you mean '\(suggestion)'?",
                                     at: line.location, length: key.utf8.count)
                    }
                    notes.append("{\(step.name)} takes: " + specs.map(\.name).joined(separator: ", "))
                    throw .error("unknown option '\(key)' for {\(step.name)}", at: line.location,
                                 length: key.utf8.count, notes: notes)
                }
                if let earlier = keyLocations[spec.name] {
                    throw .error("option '\(spec.name)' is given twice", at: line.location, length: key.utf8.count,
                                 notes: ["first given at \(earlier)"])
                }
                keyLocations[spec.name] = line.location
                values[spec.name] = try parameters.substitute(in: value, at: valueLocation)
            }
        }
        if let selector, let chosen = values[selector]?.text.trimmed.lowercased() {
            for spec in specs where !spec.appliesTo.isEmpty && values[spec.name] != nil {
                if !spec.appliesTo.contains(chosen), let location = keyLocations[spec.name] {
                    throw .error("option '\(spec.name)' does not apply when \(selector) is '\(chosen)'",
                                 at: location, length: spec.name.utf8.count,
                                 notes: ["'\(spec.name)' applies to: " + spec.appliesTo.joined(separator: ", ")])
                }
            }
        }
        for spec in specs where spec.isRequired && values[spec.name] == nil {
            if let selector, !spec.appliesTo.isEmpty,
               let chosen = values[selector]?.text.trimmed.lowercased(), !spec.appliesTo.contains(chosen) {
                continue
            }
            throw .error("{\(step.name)} needs option '\(spec.name)'", at: step.nameLocation,
                         length: step.name.utf8.count,
                         notes: ["add a line '\(spec.name): …' (\(spec.kind.documentation))"])
        }
    }

    /// Whether the notebook wrote this option.
    public func has(_ name: String) -> Bool { values[name] != nil }

    /// The option's value as written, or its default with the step's location.
    public func value(_ name: String) -> OptionValue? {
        if let value = values[name] { return value }
        guard let spec = specs.first(where: { $0.name == name }) else {
            preconditionFailure("step {\(step.name)} reads undeclared option '\(name)'")
        }
        return spec.defaultText.map { OptionValue(text: $0, location: step.nameLocation) }
    }

    /// Where the option's key was written (or the step's name when defaulted).
    public func keyLocation(_ name: String) -> SourceLocation {
        keyLocations[name] ?? step.nameLocation
    }

    private func spec(_ name: String) -> OptionSpec {
        guard let spec = specs.first(where: { $0.name == name }) else {
            preconditionFailure("step {\(step.name)} reads undeclared option '\(name)'")
        }
        return spec
    }

    public func text(_ name: String) -> String? { value(name)?.text.trimmed }

    public func number(_ name: String) throws(Diagnostic) -> Double? {
        guard let value = value(name) else { return nil }
        let number = try ValueParser.number(value)
        switch spec(name).kind {
        case .positiveNumber where number <= 0:
            throw value.error("\(name) must be greater than 0, not \(value.text.trimmed)")
        case .fraction where !(number > 0 && number < 1):
            throw value.error("\(name) must be between 0 and 1 (exclusive), not \(value.text.trimmed)")
        default:
            return number
        }
    }

    public func integer(_ name: String) throws(Diagnostic) -> Int? {
        guard let value = value(name) else { return nil }
        guard case .integer(let range) = spec(name).kind else {
            return try ValueParser.integer(value, in: Int.min...Int.max)
        }
        return try ValueParser.integer(value, in: range)
    }

    public func boolean(_ name: String) throws(Diagnostic) -> Bool? {
        guard let value = value(name) else { return nil }
        return try ValueParser.boolean(value)
    }

    /// One of the declared choices (case-insensitive), with a suggestion when misspelled.
    public func choice(_ name: String) throws(Diagnostic) -> String? {
        guard let value = value(name) else { return nil }
        guard case .choice(let choices) = spec(name).kind else {
            preconditionFailure("option '\(name)' is not a choice")
        }
        let text = value.text.trimmed.lowercased()
        guard choices.contains(text) else {
            if let suggestion = Suggestion.closest(to: text, among: choices) {
                throw value.error("'\(value.text.trimmed)' is not a valid \(name); did you mean '\(suggestion)'?")
            }
            throw value.error("'\(value.text.trimmed)' is not a valid \(name)",
                              length: value.text.trimmed.utf8.count)
                .with(note: "choose one of: " + choices.joined(separator: ", "))
        }
        return text
    }

    public func integerList(_ name: String, in range: ClosedRange<Int> = 1...Int.max) throws(Diagnostic) -> [Int]? {
        guard let value = value(name) else { return nil }
        return try ValueParser.integerList(value, in: range)
    }

    public func numberList(_ name: String) throws(Diagnostic) -> [Double]? {
        guard let value = value(name) else { return nil }
        return try ValueParser.numberList(value)
    }

    public func matrix(_ name: String) throws(Diagnostic) -> [[Double]]? {
        guard let value = value(name) else { return nil }
        return try ValueParser.matrix(value)
    }
}

extension Diagnostic {
    func with(note: String) -> Diagnostic {
        var copy = self
        copy.notes.append(note)
        return copy
    }
}
