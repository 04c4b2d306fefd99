import NotebookKit

/// The Markdown of each stretch of prose, cut from the notebook's text: the lines
/// between the front matter, the steps' fences and the end of the file.
enum ProseSource {
    /// For each prose block of `notebook`, in order: its Markdown and where it starts.
    static func stretches(of notebook: Notebook) -> [(markdown: String, location: SourceLocation)] {
        let lines = notebook.source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var next = firstBodyLine(lines)  // 0-based
        var stretches: [(String, SourceLocation)] = []
        var pendingStart: Int?
        for block in notebook.blocks {
            switch block {
            case .prose:
                pendingStart = next
            case .step(let step):
                if let start = pendingStart {
                    stretches.append(stretch(lines, start, step.location.line - 1, path: notebook.source.path))
                    pendingStart = nil
                }
                // Fence, body, closing fence.
                let bodyLines = step.source.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
                next = step.location.line - 1 + bodyLines + 2
            }
        }
        if let start = pendingStart {
            stretches.append(stretch(lines, start, lines.count, path: notebook.source.path))
        }
        return stretches
    }

    /// Lines `start..<end` (0-based), blank lines at either end dropped.
    private static func stretch(_ lines: [String], _ start: Int, _ end: Int, path: String) -> (String, SourceLocation) {
        var first = min(start, lines.count), last = min(max(end, first), lines.count)
        while first < last, lines[first].allSatisfy(\.isWhitespace) { first += 1 }
        while last > first, lines[last - 1].allSatisfy(\.isWhitespace) { last -= 1 }
        let markdown = lines[first..<last].map { $0 + "\n" }.joined()
        return (markdown, SourceLocation(path: path, line: first + 1, column: 1))
    }

    /// The first line after a YAML front matter block (`---` … `---` or `...`), else 0.
    private static func firstBodyLine(_ lines: [String]) -> Int {
        guard lines.first == "---" else { return 0 }
        for index in 1..<lines.count where lines[index] == "---" || lines[index] == "..." {
            return index + 1
        }
        return 0
    }
}
