/// Builds a ``Step`` from a top-level fenced code block whose info string starts
/// with `{`, reading the notebook's own lines (so every location is exact).
struct StepReader {
    let lines: TextLines
    let path: String

    /// Whether a code block's info string (as cmark decoded it) makes it a step:
    /// it starts with `{` and has a closing `}`.
    static func isStep(info: String) -> Bool {
        info.first == "{" && info.contains("}")
    }

    /// The step whose opening fence starts at `fenceLine`:`fenceColumn` and whose
    /// block, as cmark saw it, ends on `endLine`.
    func step(fenceLine: Int, fenceColumn: Int, endLine: Int) throws(Diagnostic) -> Step {
        let fence = lines.content(ofLine: fenceLine)
        let fenceStart = fence.startIndex + fenceColumn - 1
        precondition(fenceStart < fence.endIndex, "fence column past the end of its line")
        let fenceByte = fence[fenceStart]
        let fenceLength = InlineSyntax.runLength(Array(fence), of: fenceByte, at: fenceColumn - 1)
        let location = SourceLocation(path: path, line: fenceLine, column: fenceColumn)

        let closed = endLine > fenceLine && isClosingFence(line: endLine, byte: fenceByte, length: fenceLength)
        guard closed else {
            let fenceText = String(repeating: String(UnicodeScalar(fenceByte)), count: fenceLength)
            throw Diagnostic.error(
                "step block is never closed", at: location, length: fenceLength,
                notes: ["end the step with a line '\(fenceText)'; without it the step runs to the end of the notebook"])
        }

        let afterFence = fenceStart + fenceLength
        guard let open = fence[afterFence...].firstIndex(of: ASCII.openBrace) else {
            throw Diagnostic.error("step info string must start with '{'", at: location, length: fenceLength)
        }
        let info = try StepInfoParser(path: path, line: fenceLine).parse(fence, open: open)

        let indent = fenceColumn - 1
        var bodyLines: [(number: Int, bytes: ArraySlice<UInt8>)] = []
        var source = ""
        for number in (fenceLine + 1)..<endLine {
            let content = lines.content(ofLine: number)
            bodyLines.append((number, content))
            // cmark removes up to the fence's indentation from each body line; so do we.
            var start = content.startIndex
            while start < content.endIndex, start - content.startIndex < indent, content[start] == ASCII.space {
                start += 1
            }
            source += String(decoding: content[start...], as: UTF8.self) + "\n"
        }
        return Step(
            name: info.name, nameLocation: info.nameLocation, inlineOptions: info.options,
            lines: try StepBodyParser(path: path).parse(bodyLines), source: source, location: location)
    }

    /// Up to three spaces, at least `length` fence bytes, then only blanks.
    private func isClosingFence(line: Int, byte: UInt8, length: Int) -> Bool {
        let content = Array(lines.content(ofLine: line))
        var index = 0
        while index < content.count, index < 3, content[index] == ASCII.space { index += 1 }
        let run = InlineSyntax.runLength(content, of: byte, at: index)
        return run >= length && content[(index + run)...].allSatisfy(ASCII.isBlank)
    }
}
