import CMark

/// nbrun's GitHub-flavoured extensions, applied to a parsed cmark tree before it is
/// rendered: tables, strikethrough, extended autolinks, task list items and the tag
/// filter. With ``CMarkDocument`` this is the only file that touches cmark pointers;
/// the recognisers themselves (``GFMTable``, ``Strikethrough``, ``ExtendedAutolink``,
/// ``TagFilter``) work on Swift values.
extension CMarkDocument {
    struct Extensions: Sendable {
        /// Rendering options for the cells of a table (cmark's safe mode or not).
        var renderOptions: Int32
        /// The class of a `<div>` put around each table so it scrolls sideways on its own; nil for none.
        var tableWrapperClass: String?
    }

    /// Applies every extension to `document`, whose Markdown is `lines`.
    static func applyExtensions(_ document: OpaquePointer, lines: TextLines, _ extensions: Extensions) {
        applyTables(document, lines: lines, extensions)
        applyInlineExtensions(document)
        var rawNodes: [OpaquePointer] = []
        forEachNode(under: document) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { rawNodes.append(node) }
        }
        for node in rawNodes {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let filtered = TagFilter.filter(literal)
            if filtered != literal { cmark_node_set_literal(node, filtered) }
        }
    }

    /// Strikethrough, autolinks and task list items (everything but tables).
    static func applyInlineExtensions(_ root: OpaquePointer) {
        cmark_consolidate_text_nodes(root)
        var containers: [OpaquePointer] = []
        forEachNode(under: root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
                containers.append(node)
            default: break
            }
        }
        for container in containers { strikeThrough(in: container) }
        cmark_consolidate_text_nodes(root)
        linkExtendedAutolinks(under: root)
        markTaskListItems(under: root)
    }

    // MARK: - Tables

    private static func applyTables(_ document: OpaquePointer, lines: TextLines, _ extensions: Extensions) {
        var paragraphs: [OpaquePointer] = []
        forEachNode(under: document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { paragraphs.append(node) }
        }
        for paragraph in paragraphs {
            let startLine = Int(cmark_node_get_start_line(paragraph))
            let endLine = Int(cmark_node_get_end_line(paragraph))
            guard startLine >= 1, endLine >= startLine, endLine <= lines.lineCount else { continue }
            var depth = 0
            var parent = cmark_node_parent(paragraph)
            while let ancestor = parent {
                if cmark_node_get_type(ancestor) == CMARK_NODE_BLOCK_QUOTE { depth += 1 }
                parent = cmark_node_parent(ancestor)
            }
            let content = InlineContent(
                InlineBlock(kind: .paragraph, startLine: startLine, startColumn: Int(cmark_node_get_start_column(paragraph)),
                            endLine: endLine, quoteDepth: depth),
                in: lines)
            let paragraphLines = String(decoding: content.bytes, as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let (leading, table) = GFMTable.find(in: paragraphLines) else { continue }
            if leading > 0 {
                let text = paragraphLines[..<leading].joined(separator: "\n")
                let parsed = parse(text)
                applyInlineExtensions(parsed)
                while let child = cmark_node_first_child(parsed) {
                    cmark_node_unlink(child)
                    cmark_node_insert_before(paragraph, child)
                }
                cmark_node_free(parsed)
            }
            let tableNode = newNode(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(tableNode, tableHTML(table, extensions, definitions: lines))
            cmark_node_set_on_exit(tableNode, "")
            cmark_node_insert_before(paragraph, tableNode)
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
    }

    /// The table's HTML as GFM writes it; cells rendered as inline Markdown.
    private static func tableHTML(_ table: GFMTable, _ extensions: Extensions, definitions: TextLines) -> String {
        let columns = table.header.count
        let cells = renderCells(table.header + table.rows.flatMap { $0 }, options: extensions.renderOptions, definitions: definitions)
        func row(_ offset: Int, tag: String) -> String {
            var html = "<tr>\n"
            for column in 0..<columns {
                let align: String
                switch table.alignments[column] {
                case .none: align = ""
                case .left: align = " align=\"left\""
                case .center: align = " align=\"center\""
                case .right: align = " align=\"right\""
                }
                html += "<\(tag)\(align)>\(cells[offset + column])</\(tag)>\n"
            }
            return html + "</tr>\n"
        }
        var html = "<table>\n<thead>\n" + row(0, tag: "th") + "</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for index in table.rows.indices { html += row(columns * (index + 1), tag: "td") }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        if let wrapper = extensions.tableWrapperClass {
            html = "<div class=\"\(wrapper)\">\n" + html + "</div>\n"
        }
        return html
    }

    /// Each cell's inline Markdown rendered in one cmark parse: every cell becomes a
    /// paragraph of its own behind a one-letter word (so it cannot start a block),
    /// and the word is removed before rendering. The whole document follows the cells
    /// in that parse, so reference links defined anywhere in it resolve in cells too.
    private static func renderCells(_ cells: [String], options: Int32, definitions: TextLines) -> [String] {
        let marker = "Q"
        let text = cells.map { marker + " " + $0 }.joined(separator: "\n\n") + "\n\n"
        let document = parse(text + String(decoding: definitions.bytes, as: UTF8.self))
        defer { cmark_node_free(document) }
        var paragraphs: [OpaquePointer] = []
        var child = cmark_node_first_child(document)
        while let node = child, paragraphs.count < cells.count {
            if let text = cmark_node_first_child(node), cmark_node_get_type(text) == CMARK_NODE_TEXT,
               let literal = cmark_node_get_literal(text).map({ String(cString: $0) }), literal.hasPrefix(marker) {
                cmark_node_set_literal(text, String(literal.dropFirst(marker.count).drop { $0 == " " }))
            }
            paragraphs.append(node)
            child = cmark_node_next(node)
        }
        for paragraph in paragraphs { applyInlineExtensions(paragraph) }
        for paragraph in paragraphs { forEachNode(under: paragraph) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(node) {
                let text = String(cString: literal)
                let filtered = TagFilter.filter(text)
                if filtered != text { cmark_node_set_literal(node, filtered) }
            }
        } }
        var rendered = paragraphs.map { paragraph -> String in
            var html = render(paragraph, options: options)
            if html.hasPrefix("<p>") { html.removeFirst(3) }
            if html.hasSuffix("</p>\n") { html.removeLast(5) }
            return html
        }
        while rendered.count < cells.count { rendered.append("") }
        return rendered
    }

    // MARK: - Strikethrough

    private static func strikeThrough(in container: OpaquePointer) {
        // Split text so that each run of tildes is a text node of its own.
        var child = cmark_node_first_child(container)
        while let node = child {
            child = cmark_node_next(node)
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(node).map({ String(cString: $0) }), literal.contains("~") else { continue }
            var segments: [Substring] = []
            var rest = literal[...]
            while !rest.isEmpty {
                let isTilde = rest.first == "~"
                let segment = rest.prefix { ($0 == "~") == isTilde }
                segments.append(segment)
                rest = rest.dropFirst(segment.count)
            }
            guard segments.count > 1 else { continue }
            for segment in segments {
                let piece = newNode(CMARK_NODE_TEXT)
                cmark_node_set_literal(piece, String(segment))
                cmark_node_insert_before(node, piece)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        var runNodes: [OpaquePointer] = []
        var runs: [Strikethrough.Run] = []
        child = cmark_node_first_child(container)
        while let node = child {
            if let literal = textLiteral(node), !literal.isEmpty, literal.allSatisfy({ $0 == "~" }) {
                runNodes.append(node)
                runs.append(Strikethrough.Run(
                    length: literal.count,
                    before: neighbourCharacter(cmark_node_previous(node), last: true),
                    after: neighbourCharacter(cmark_node_next(node), last: false)))
            }
            child = cmark_node_next(node)
        }
        for (opener, closer) in Strikethrough.pairs(runs) {
            let openerNode = runNodes[opener]
            let closerNode = runNodes[closer]
            let del = newNode(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(del, "<del>")
            cmark_node_set_on_exit(del, "</del>")
            cmark_node_insert_before(openerNode, del)
            while let next = cmark_node_next(openerNode), next != closerNode {
                cmark_node_unlink(next)
                cmark_node_append_child(del, next)
            }
            cmark_node_unlink(openerNode)
            cmark_node_free(openerNode)
            cmark_node_unlink(closerNode)
            cmark_node_free(closerNode)
        }
    }

    private static func textLiteral(_ node: OpaquePointer) -> String? {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT else { return nil }
        return cmark_node_get_literal(node).map { String(cString: $0) }
    }

    /// The character next to a tilde run: nil at the edge of the content, a space for a
    /// line break, `!` (punctuation) for any other inline (emphasis, code, a link...).
    private static func neighbourCharacter(_ node: OpaquePointer?, last: Bool) -> Character? {
        guard let node else { return nil }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            let literal = textLiteral(node) ?? ""
            return last ? literal.last : literal.first
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            return " "
        default:
            return "!"
        }
    }

    // MARK: - Autolinks

    private static func linkExtendedAutolinks(under root: OpaquePointer) {
        var texts: [OpaquePointer] = []
        forEachNode(under: root) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT else { return }
            var parent = cmark_node_parent(node)
            while let ancestor = parent {
                let type = cmark_node_get_type(ancestor)
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { return }
                parent = cmark_node_parent(ancestor)
            }
            texts.append(node)
        }
        for node in texts {
            guard let literal = textLiteral(node) else { continue }
            let bytes = Array(literal.utf8)
            let matches = ExtendedAutolink.matches(in: bytes)
            guard !matches.isEmpty else { continue }
            var offset = 0
            func insertText(_ range: Range<Int>) {
                guard !range.isEmpty else { return }
                let piece = newNode(CMARK_NODE_TEXT)
                cmark_node_set_literal(piece, String(decoding: bytes[range], as: UTF8.self))
                cmark_node_insert_before(node, piece)
            }
            for match in matches {
                insertText(offset..<match.range.lowerBound)
                let link = newNode(CMARK_NODE_LINK)
                cmark_node_set_url(link, match.href)
                let text = newNode(CMARK_NODE_TEXT)
                cmark_node_set_literal(text, String(decoding: bytes[match.range], as: UTF8.self))
                cmark_node_append_child(link, text)
                cmark_node_insert_before(node, link)
                offset = match.range.upperBound
            }
            insertText(offset..<bytes.count)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    // MARK: - Task lists

    /// A list item whose paragraph starts `[ ]`, `[x]` or `[X]` and a blank gets a checkbox.
    private static func markTaskListItems(under root: OpaquePointer) {
        var items: [OpaquePointer] = []
        forEachNode(under: root) { node in
            if cmark_node_get_type(node) == CMARK_NODE_ITEM { items.append(node) }
        }
        for item in items {
            guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let text = cmark_node_first_child(paragraph), let literal = textLiteral(text) else { continue }
            let checked: Bool
            if literal.hasPrefix("[ ]") { checked = false }
            else if literal.hasPrefix("[x]") || literal.hasPrefix("[X]") { checked = true }
            else { continue }
            let rest = literal.dropFirst(3)
            guard rest.isEmpty ? cmark_node_next(text) == nil || isBreak(cmark_node_next(text)) : rest.first == " " || rest.first == "\t" else {
                continue
            }
            let box = newNode(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(box, checked ? "<input checked=\"\" disabled=\"\" type=\"checkbox\">" : "<input disabled=\"\" type=\"checkbox\">")
            cmark_node_set_on_exit(box, "")
            cmark_node_insert_before(text, box)
            cmark_node_set_literal(text, String(rest))
        }
    }

    private static func isBreak(_ node: OpaquePointer?) -> Bool {
        guard let node else { return false }
        let type = cmark_node_get_type(node)
        return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
    }
}
