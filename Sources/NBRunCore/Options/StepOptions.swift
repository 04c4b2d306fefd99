import NotebookKit

/// A step's options, read and checked against its declarations (``StepOptionList``)
/// before any step runs: unknown names (with a suggestion), repeated options, options
/// that do not apply, missing required ones and values that do not parse are errors at
/// their place in the notebook. The step reads typed values by key path:
/// `options[\.epochs]` is an `Int`, `options[\.stopAt]` a `Double?`.
public struct StepOptions<List: StepOptionList>: Sendable {
    public let step: Step
    /// The step's item lines (e.g. layers), in order, with parameters substituted.
    public let items: [OptionValue]
    private let values: [String: any Sendable]
    private let written: [String: OptionValue]
    private let keyLocations: [String: SourceLocation]

    /// - Parameters:
    ///   - selector: the option whose value chooses which other options apply (dataset `from`).
    ///   - acceptsItems: whether lines that are not `key: value` are allowed (model layers).
    public init(step: Step, parameters: Parameters, selector: String? = nil, acceptsItems: Bool = false) throws(Diagnostic) {
        self.step = step
        let declarations = List.declarations
        let infos = declarations.map(\.info)
        var byName: [String: OptionInfo] = [:]
        for info in infos {
            for name in info.allNames { byName[name] = info }
        }
        var items: [OptionValue] = []
        var written: [String: OptionValue] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        for line in step.inlineOptions + step.lines {
            switch line.kind {
            case .item(let text):
                guard acceptsItems else {
                    let example = infos.first.map { "\($0.name): \($0.defaultText ?? "…")" } ?? "key: value"
                    throw .error("unexpected line in a {\(step.name)} step", at: line.location, length: text.utf8.count,
                                 notes: ["options are written 'key: value', for example '\(example)'"])
                }
                items.append(try parameters.substitute(in: text, at: line.location))
            case .option(let key, let value, let valueLocation):
                guard let info = byName[key] else {
                    if let suggestion = Suggestion.closest(to: key, among: infos.flatMap(\.allNames)) {
                        throw .error("unknown option '\(key)' for {\(step.name)}; did you mean '\(suggestion)'?",
                                     at: line.location, length: key.utf8.count)
                    }
                    throw .error("unknown option '\(key)' for {\(step.name)}", at: line.location, length: key.utf8.count,
                                 notes: ["{\(step.name)} takes: " + infos.map(\.name).joined(separator: ", ")])
                }
                if let earlier = keyLocations[info.name] {
                    throw .error("option '\(info.name)' is given twice", at: line.location, length: key.utf8.count,
                                 notes: ["first given at \(earlier)"])
                }
                keyLocations[info.name] = line.location
                var substituted = try parameters.substitute(in: value, at: valueLocation)
                substituted.optionName = info.name
                written[info.name] = substituted
            }
        }
        let chosen = selector.flatMap { written[$0]?.text.trimmed.lowercased() }
        if let selector, let chosen {
            for info in infos where !info.appliesTo.isEmpty && written[info.name] != nil && !info.appliesTo.contains(chosen) {
                if let location = keyLocations[info.name] {
                    throw .error("option '\(info.name)' does not apply when \(selector) is '\(chosen)'",
                                 at: location, length: info.name.utf8.count,
                                 notes: ["'\(info.name)' applies to: " + info.appliesTo.joined(separator: ", ")])
                }
            }
        }
        for info in infos where info.isRequired && written[info.name] == nil {
            throw .error("{\(step.name)} needs option '\(info.name)'", at: step.nameLocation, length: step.name.utf8.count,
                         notes: ["add a line '\(info.name): …' (\(info.accepts))"])
        }
        var values: [String: any Sendable] = [:]
        for declaration in declarations {
            let name = declaration.info.name
            if let value = try declaration.read(written[name], step: step) { values[name] = value }
        }
        self.items = items
        self.values = values
        self.written = written
        self.keyLocations = keyLocations
    }

    /// The value of an option with a default (or a required one).
    public subscript<Value>(_ option: KeyPath<List, StepOption<Value>>) -> Value {
        let name = List()[keyPath: option].info.name
        guard let value = values[name] as? Value else {
            preconditionFailure("option '\(name)' of {\(step.name)} was not read before the step ran")
        }
        return value
    }

    /// The value of an option that may be left out.
    public subscript<Value>(_ option: KeyPath<List, OptionalStepOption<Value>>) -> Value? {
        values[List()[keyPath: option].info.name] as? Value
    }

    /// The option as written in the notebook, for messages about its value; nil when defaulted.
    public func written<Declaration: OptionDeclaration>(_ option: KeyPath<List, Declaration>) -> OptionValue? {
        written[List()[keyPath: option].info.name]
    }

    /// An error about an option's value: at the value when written, else at the step's name.
    public func error<Declaration: OptionDeclaration>(_ message: String, about option: KeyPath<List, Declaration>) -> Diagnostic {
        if let value = written(option) { return value.error(message) }
        return .error(message, at: step.nameLocation, length: step.name.utf8.count)
    }

    /// Whether the notebook wrote this option.
    public func has<Declaration: OptionDeclaration>(_ option: KeyPath<List, Declaration>) -> Bool {
        written(option) != nil
    }

    /// Where the option's key was written (or the step's name when defaulted).
    public func keyLocation<Declaration: OptionDeclaration>(_ option: KeyPath<List, Declaration>) -> SourceLocation {
        keyLocations[List()[keyPath: option].info.name] ?? step.nameLocation
    }
}

extension Diagnostic {
    func with(note: String) -> Diagnostic {
        var copy = self
        copy.notes.append(note)
        return copy
    }
}
