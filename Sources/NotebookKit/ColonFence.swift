/// The opening line of a colon fence, in the three dialects authors use:
///
/// - MyST: `:::{note} Optional title`, options on the next lines (`:class: dropdown`);
/// - Quarto: `::: {.callout-note title="…" collapse="true"}` (or a first `## Title` line inside);
/// - Docusaurus/VuePress: `::: note Optional title`.
///
/// A MyST directive or Quarto callout of an unknown kind is an error with a suggestion;
/// any other fenced div (`::: {.sidebar}`, `::: something`) is unsupported: a warning,
/// and its inside is shown as ordinary prose.
enum ColonFence {
    enum Opening {
        case callout(CalloutHeader)
        case unsupported(message: String, notes: [String])
    }

    static let supportedNote =
        "callouts: ':::{note}', '::: {.callout-note}' or '::: note', with kinds \(CalloutKind.names.joined(separator: ", "))"

    /// The opening `bytes[start...]` (a run of colons, then `rest`); nil for a bare `:::`.
    static func read(_ bytes: [UInt8], start: Int, length: Int, rest: String, line: Int, location: SourceLocation) throws(Diagnostic) -> Opening? {
        guard !rest.isEmpty else { return nil }
        let titleColumn = { (title: String) -> Int in
            var end = bytes.count
            while end > 0, ASCII.isBlank(bytes[end - 1]) { end -= 1 }
            return end - title.utf8.count + 1
        }
        if rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") {
            if let attributes = AttributeList(rest[...close]), rest[rest.index(after: close)...].trimmedBlanks().isEmpty {
                return try quarto(attributes, line: line, location: location)
            }
            // MyST: `{name} title`
            let name = String(rest[rest.index(after: rest.startIndex)..<close]).trimmingBlanks()
            let title = String(rest[rest.index(after: close)...]).trimmingBlanks()
            let kind: CalloutKind
            if name.lowercased() == "exercise" {
                return .callout(CalloutHeader(
                    kind: .note, title: title.isEmpty ? nil : (title, line, titleColumn(title)), collapse: .none,
                    dialect: .myst, role: .exercise))
            } else if name.lowercased() == "solution" {
                guard !title.isEmpty else {
                    throw Diagnostic.error(
                        "a solution must name its exercise", at: location, length: length + rest.utf8.count,
                        notes: ["write ':::{solution} ex-label', where the exercise has ':label: ex-label'"])
                }
                return .callout(CalloutHeader(
                    kind: .note, title: (title, line, titleColumn(title)), collapse: .closed, dialect: .myst, role: .solution))
            } else if name.lowercased() == "admonition" {
                kind = .note
            } else if let known = CalloutKind(name: name) {
                kind = known
            } else {
                throw unknownKind(name, at: location, length: length + rest.utf8.count, syntax: "MyST directive")
            }
            return .callout(CalloutHeader(
                kind: kind, title: title.isEmpty ? nil : (title, line, titleColumn(title)), collapse: .none, dialect: .myst))
        }
        let word = rest.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
        let title = String(rest.dropFirst(word.count)).trimmingBlanks()
        if !word.isEmpty, let kind = CalloutKind(name: String(word)), title.isEmpty || rest.dropFirst(word.count).first == " " {
            return .callout(CalloutHeader(
                kind: kind, title: title.isEmpty ? nil : (title, line, titleColumn(title)), collapse: .none, dialect: .plain))
        }
        return .unsupported(
            message: "fenced div '::: \(rest)' is not supported; its inside is shown as ordinary prose",
            notes: [supportedNote])
    }

    private static func quarto(_ attributes: AttributeList, line: Int, location: SourceLocation) throws(Diagnostic) -> Opening {
        guard let callout = attributes.classes.first(where: { $0.hasPrefix("callout") }) else {
            let written = attributes.classes.map { "." + $0 }.joined(separator: " ")
            return .unsupported(
                message: "fenced div '::: {\(written.isEmpty ? "#" + (attributes.identifier ?? "") : written)}' is not supported; its inside is shown as ordinary prose",
                notes: [supportedNote])
        }
        let name = String(callout.dropFirst("callout".count).drop { $0 == "-" })
        guard let kind = CalloutKind(name: name), callout.hasPrefix("callout-") else {
            throw unknownKind(name, at: location, length: 3, syntax: "Quarto callout", prefix: "callout-")
        }
        var collapse = CalloutCollapse.none
        switch attributes.value("collapse")?.lowercased() {
        case "true": collapse = .closed
        case "false": collapse = .open
        default: break
        }
        let title = attributes.value("title").map { ($0, line, location.column) }
        return .callout(CalloutHeader(kind: kind, title: title, collapse: collapse, dialect: .quarto))
    }

    static func unknownKind(
        _ name: String, at location: SourceLocation, length: Int, syntax: String, prefix: String = "", uppercase: Bool = false
    ) -> Diagnostic {
        var notes = ["known kinds: \(CalloutKind.names.joined(separator: ", "))"]
        let message: String
        if let suggestion = Suggestion.closest(to: name.lowercased(), among: CalloutKind.names + (uppercase ? [] : ["admonition", "exercise", "solution"])) {
            message = "unknown \(syntax) '\(prefix)\(name)'; did you mean '\(prefix)\(uppercase ? suggestion.uppercased() : suggestion)'?"
        } else {
            message = "unknown \(syntax) '\(prefix)\(name)'"
            notes.append("a callout is written ':::{note}', '::: {.callout-note}' or '> [!NOTE]'")
        }
        return .error(message, at: location, length: length, notes: notes)
    }

    /// The line of the `:::` closing the fence opened on line `opener`: a bare fence at the
    /// same nesting depth (fences opened inside are counted; code fences are stepped over).
    static func closingLine(_ lines: [[UInt8]], after opener: Int, at location: SourceLocation, written: String) throws(Diagnostic) -> Int {
        var depth = 1
        var number = opener + 1
        while number <= lines.count {
            let bytes = lines[number - 1]
            let indent = LineShape.indent(bytes)
            if indent.columns <= 3 {
                if let fence = LineShape.codeFence(bytes, at: indent.bytes) {
                    number += 1
                    while number <= lines.count, !LineShape.closesFence(lines[number - 1], byte: fence.byte, length: fence.length) {
                        number += 1
                    }
                } else if let colons = LineShape.colonFence(bytes, at: indent.bytes) {
                    depth += colons.rest.isEmpty ? -1 : 1
                    if depth == 0 { return number }
                }
            }
            number += 1
        }
        throw Diagnostic.error(
            "'\(written)' is never closed", at: location, length: written.utf8.count,
            notes: ["end it with a line ':::'"])
    }
}

/// What the opening line of a callout says, completed by the lines that follow it.
struct CalloutHeader {
    enum Dialect { case myst, quarto, plain }
    /// A callout proper, or MyST's exercise and solution directives (the solution's
    /// title is the label of its exercise).
    enum Role: Sendable { case callout, exercise, solution }

    var kind: CalloutKind
    /// The title's text and its line and byte column in the excerpt.
    var title: (text: String, line: Int, column: Int)?
    var collapse: CalloutCollapse
    var dialect: Dialect
    var role: Role = .callout
    /// `:label:` (exercises).
    var label: (text: String, line: Int)?

    /// MyST options right after the opening line (`:class: dropdown`, `:open:`); returns
    /// the first line after them. Unknown options are warned about and ignored.
    mutating func readOptions(_ lines: [[UInt8]], from first: Int, before end: Int, excerpt: Excerpt, warnings: inout [Diagnostic]) -> Int {
        guard dialect == .myst else { return first }
        var number = first
        var dropdown = false
        var open = false
        while number < end {
            let text = String(decoding: lines[number - 1], as: UTF8.self).trimmingBlanks()
            guard text.hasPrefix(":"), let colon = text.dropFirst().firstIndex(of: ":") else { break }
            let key = String(text[text.index(after: text.startIndex)..<colon])
            let value = String(text[text.index(after: colon)...]).trimmingBlanks()
            switch key {
            case "class": dropdown = value.split(separator: " ").contains("dropdown")
            case "open": open = true
            case "label" where role == .exercise: label = (value, number)
            default:
                warnings.append(.warning(
                    "callout option ':\(key):' is not supported and is ignored", at: excerpt.location(line: number, column: 1),
                    length: key.utf8.count + 2, notes: [role == .exercise ? "supported: ':label: ex-name'" : "supported: ':class: dropdown' (folded) and ':open:'"]))
            }
            number += 1
        }
        if dropdown { collapse = open ? .open : .closed }
        return number
    }

    /// Quarto's title from a first `#` heading inside the callout, when no `title=` was given.
    mutating func takeHeadingTitle(_ lines: [[UInt8]], from first: Int, before end: Int, excerpt: Excerpt) -> Int {
        guard dialect == .quarto, title == nil else { return first }
        var number = first
        while number < end, LineShape.isBlank(lines[number - 1]) { number += 1 }
        guard number < end else { return first }
        let bytes = lines[number - 1]
        let indent = LineShape.indent(bytes)
        let hashes = InlineSyntax.runLength(bytes, of: ASCII.hash, at: indent.bytes)
        guard indent.columns <= 3, (1...6).contains(hashes), indent.bytes + hashes < bytes.count,
              ASCII.isBlank(bytes[indent.bytes + hashes]) else { return first }
        var textStart = indent.bytes + hashes
        while textStart < bytes.count, ASCII.isBlank(bytes[textStart]) { textStart += 1 }
        let text = String(decoding: bytes[textStart...], as: UTF8.self).trimmingBlanks()
        title = (text, number, textStart + 1)
        return number + 1
    }
}
