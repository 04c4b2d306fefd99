import Yams

/// Reads the optional YAML front matter at the top of a notebook.
///
/// The front matter starts with a first line `---` and ends at the next line that
/// is `---` or `...` (trailing blanks allowed). Its YAML must be a mapping of these keys:
///
/// | key | value |
/// |---|---|
/// | `title`, `subtitle`, `description`, `date` | text, kept exactly as written (`date` is never read as a date) |
/// | `author` | text, or a list of names (joined with `, `) |
/// | `order` | a whole number: the lesson's place in a course site or package |
/// | `seed` | a whole number from 0 to 2³²−1 |
/// | `rng` | `default` or `numpy` |
/// | `params` | a mapping of names to scalars or flat lists (a list becomes `20, 10, 1`) |
///
/// Every problem is reported at its own place in the notebook (YAML lines are shifted
/// by the opening `---`, columns converted to UTF-8 bytes).
struct FrontMatterReader {
    static let knownKeys = ["title", "subtitle", "author", "date", "description", "order", "seed", "rng", "params"]
    static let generators = ["default", "numpy"]

    let lines: TextLines
    let path: String

    /// The front matter, and the text with the front matter's lines emptied (so line
    /// numbers stay those of the notebook).
    func read() throws(Diagnostic) -> (frontMatter: FrontMatter, body: String) {
        guard lines.lineCount > 1 || !lines.bytes.isEmpty, isFence(line: 1, allowDots: false) else {
            return (FrontMatter(), String(decoding: lines.bytes, as: UTF8.self))
        }
        guard let closing = (2...max(lines.lineCount, 2)).first(where: { $0 <= lines.lineCount && isFence(line: $0, allowDots: true) })
        else {
            throw Diagnostic.error(
                "front matter starting here is never closed with '---'", at: location(line: 1, column: 1), length: 3,
                notes: ["end the front matter with a line '---' (or '...'), or remove the first line"])
        }
        let yaml = (2..<closing).map { lines.text(ofLine: $0) }.joined(separator: "\n")
        if let alias = firstAlias(before: closing) {
            throw Diagnostic.error(
                "YAML aliases are not allowed in front matter", at: alias,
                notes: ["an alias '*name' repeats a value (and can repeat it billions of times); write the value out, or quote it if '*' is text"])
        }
        let frontMatter = try interpret(yaml, closingLine: closing)
        let restStart = closing < lines.lineCount ? lines.lineStarts[closing] : lines.bytes.count
        let body = String(repeating: "\n", count: closing) + String(decoding: lines.bytes[restStart...], as: UTF8.self)
        return (frontMatter, body)
    }

    /// The first `*` that starts a YAML node (an alias): after the line's indentation or
    /// after `[`, `{`, `,`, `:`, `-` or `?` and blanks. Inside plain or quoted text such a
    /// `*` follows other text, so `title: Why *this* matters` has none. (Without aliases
    /// a YAML value is never longer than its text, so nothing can balloon.)
    private func firstAlias(before closing: Int) -> SourceLocation? {
        for line in 2..<max(closing, 2) {
            let content = Array(lines.content(ofLine: line))
            var previous: UInt8? = nil
            var index = 0
            while index < content.count {
                let byte = content[index]
                let startsNode = previous == nil || "[{,:-?".utf8.contains(previous!)
                if byte == UInt8(ascii: "*"), startsNode, index + 1 < content.count, !ASCII.isWhitespace(content[index + 1]) {
                    return location(line: line, column: index + 1)
                }
                if byte == ASCII.hash, previous == nil || ASCII.isBlank(content[index - 1]) { break }
                if startsNode, byte == ASCII.quote || byte == UInt8(ascii: "'") {
                    // A quoted scalar: skip to its closing quote (`\` escapes in double quotes).
                    index += 1
                    while index < content.count, content[index] != byte {
                        index += byte == ASCII.quote && content[index] == ASCII.backslash ? 2 : 1
                    }
                }
                if index < content.count, !ASCII.isBlank(content[index]) { previous = content[index] }
                index += 1
            }
        }
        return nil
    }

    private func isFence(line: Int, allowDots: Bool) -> Bool {
        var content = lines.content(ofLine: line)
        while let last = content.last, ASCII.isBlank(last) { content.removeLast() }
        return content.elementsEqual("---".utf8) || (allowDots && content.elementsEqual("...".utf8))
    }

    // MARK: - YAML

    private func interpret(_ yaml: String, closingLine: Int) throws(Diagnostic) -> FrontMatter {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw diagnostic(for: error, yaml: yaml, closingLine: closingLine)
        } catch {
            throw Diagnostic.error("invalid front matter: \(error)", at: location(line: 2, column: 1))
        }
        guard let root else { return FrontMatter() }
        guard case .mapping(let mapping) = root else {
            throw Diagnostic.error(
                "front matter must be a mapping of keys to values, such as 'title: XOR'", at: location(of: root))
        }
        var frontMatter = FrontMatter()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let keyLocation = location(of: keyNode)
            frontMatter.keyLocations[key] = keyLocation
            switch key {
            case "title": frontMatter.title = try text(value, key: key)
            case "subtitle": frontMatter.subtitle = try text(value, key: key)
            case "description": frontMatter.description = try text(value, key: key)
            case "date": frontMatter.date = try text(value, key: key)
            case "author": frontMatter.author = try textOrList(value, key: key)
            case "order": frontMatter.order = try order(value)
            case "seed": frontMatter.seed = try seed(value)
            case "rng": frontMatter.rng = try generator(value)
            case "params": frontMatter.params = try parameters(value)
            default:
                throw unknownKey(key, at: keyLocation, among: Self.knownKeys, what: "front matter key")
            }
        }
        return frontMatter
    }

    /// A scalar's text as written; nil for an empty value (`title:` or `~`).
    private func text(_ node: Node, key: String) throws(Diagnostic) -> String? {
        guard case .scalar(let scalar) = node else {
            throw Diagnostic.error("'\(key)' must be text, not a \(kindName(node))", at: location(of: node))
        }
        return node.null != nil ? nil : scalar.string
    }

    private func textOrList(_ node: Node, key: String) throws(Diagnostic) -> String? {
        if case .sequence = node { return try flatList(node, key: key) }
        return try text(node, key: key)
    }

    /// The items of a list of scalars, joined with `, `.
    private func flatList(_ node: Node, key: String) throws(Diagnostic) -> String {
        guard case .sequence(let sequence) = node else { preconditionFailure("flatList of a non-sequence") }
        var items: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                throw Diagnostic.error(
                    "'\(key)' must be a flat list; this item is a \(kindName(item))", at: location(of: item))
            }
            items.append(scalar.string)
        }
        return items.joined(separator: ", ")
    }

    private func seed(_ node: Node) throws(Diagnostic) -> UInt32 {
        let written: String
        if case .scalar(let scalar) = node { written = scalar.string } else { written = "a \(kindName(node))" }
        guard !written.isEmpty, written.utf8.allSatisfy(ASCII.isDigit), let value = UInt32(written) else {
            throw Diagnostic.error(
                "seed must be a whole number from 0 to 4294967295, not '\(written)'",
                at: location(of: node), length: max(1, written.utf8.count))
        }
        return value
    }

    private func order(_ node: Node) throws(Diagnostic) -> Int {
        let written: String
        if case .scalar(let scalar) = node { written = scalar.string } else { written = "a \(kindName(node))" }
        guard !written.isEmpty, written.utf8.allSatisfy(ASCII.isDigit), let value = Int(written), value <= 1_000_000 else {
            throw Diagnostic.error(
                "order must be a whole number (the lesson's place in the course), not '\(written)'",
                at: location(of: node), length: max(1, written.utf8.count))
        }
        return value
    }

    private func generator(_ node: Node) throws(Diagnostic) -> String {
        let written: String
        if case .scalar(let scalar) = node { written = scalar.string } else { written = "a \(kindName(node))" }
        guard Self.generators.contains(written) else {
            var message = "rng must be 'default' or 'numpy', not '\(written)'"
            if let suggestion = Suggestion.closest(to: written, among: Self.generators) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw Diagnostic.error(message, at: location(of: node), length: max(1, written.utf8.count))
        }
        return written
    }

    private func parameters(_ node: Node) throws(Diagnostic) -> [Parameter] {
        if case .scalar = node, node.null != nil { return [] }
        guard case .mapping(let mapping) = node else {
            throw Diagnostic.error(
                "params must be a mapping of names to values, such as 'lr: 0.1'", at: location(of: node))
        }
        var parameters: [Parameter] = []
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            let text: String
            switch value {
            case .scalar(let scalar): text = scalar.string
            case .sequence: text = try flatList(value, key: name)
            default:
                throw Diagnostic.error(
                    "parameter '\(name)' must be a value or a flat list, not a \(kindName(value))",
                    at: location(of: value))
            }
            parameters.append(Parameter(
                name: name, value: text, location: location(of: keyNode), valueLocation: location(of: value)))
        }
        return parameters
    }

    private func unknownKey(_ key: String, at location: SourceLocation, among known: [String], what: String) -> Diagnostic {
        var message = "unknown \(what) '\(key)'"
        var notes: [String] = []
        if let suggestion = Suggestion.closest(to: key, among: known) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            notes.append("known keys: " + known.joined(separator: ", "))
        }
        return Diagnostic.error(message, at: location, length: max(1, key.utf8.count), notes: notes)
    }

    private func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: "value"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }

    // MARK: - Locations

    /// YAML line `l` is notebook line `l + 1`; libyaml counts columns in Unicode scalars.
    /// A mark past the YAML's last line (libyaml's "end of stream") becomes the end of that line.
    private func location(yamlLine: Int, scalarColumn: Int, closingLine: Int) -> SourceLocation {
        let lastYAMLLine = max(closingLine - 1, 2)
        if yamlLine + 1 > lastYAMLLine, closingLine > 2, lastYAMLLine <= lines.lineCount {
            return location(line: lastYAMLLine, column: lines.content(ofLine: lastYAMLLine).count + 1)
        }
        let line = min(max(yamlLine + 1, 2), lastYAMLLine)
        guard line <= lines.lineCount else { return location(line: line, column: 1) }
        let text = lines.text(ofLine: line)
        let prefix = text.unicodeScalars.prefix(max(scalarColumn - 1, 0))
        let bytes = prefix.reduce(0) { $0 + UTF8.width($1) }
        return location(line: line, column: bytes + 1 + max(0, scalarColumn - 1 - prefix.count))
    }

    private func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location(line: 2, column: 1) }
        return location(yamlLine: mark.line, scalarColumn: mark.column, closingLine: Int.max)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    private func diagnostic(for error: YamlError, yaml: String, closingLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var notes: [String] = []
            if let context {
                let at = location(yamlLine: context.mark.line, scalarColumn: context.mark.column, closingLine: closingLine)
                notes.append("\(context.text) at \(at)")
            }
            return Diagnostic.error(
                "invalid YAML in front matter: \(problem)",
                at: location(yamlLine: mark.line, scalarColumn: mark.column, closingLine: closingLine), notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = location(yamlLine: context.mark.line, scalarColumn: context.mark.column, closingLine: closingLine)
            return Diagnostic.error(
                "duplicate key '\(key)' in the front matter", at: repeatedKeyLocation(key, after: first) ?? first,
                length: max(1, key.utf8.count), notes: ["'\(key)' is first set at \(first)"])
        default:
            return Diagnostic.error("invalid YAML in front matter: \(error)", at: location(line: 2, column: 1))
        }
    }

    /// The next line after `first` that sets `key` at the same column.
    private func repeatedKeyLocation(_ key: String, after first: SourceLocation) -> SourceLocation? {
        guard first.line < lines.lineCount else { return nil }
        for line in (first.line + 1)...lines.lineCount {
            let content = Array(lines.content(ofLine: line))
            let start = first.column - 1
            guard start <= content.count else { continue }
            let rest = content[start...]
            guard rest.starts(with: key.utf8) else { continue }
            let after = rest.dropFirst(key.utf8.count).drop(while: ASCII.isBlank)
            if after.first == ASCII.colon, start == 0 || content[..<start].allSatisfy(ASCII.isBlank) {
                return location(line: line, column: first.column)
            }
        }
        return nil
    }
}
