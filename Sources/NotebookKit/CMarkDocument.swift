import CMark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything NotebookKit asks of libcmark, answered with Swift values.
///
/// This is the only file that touches cmark pointers: each function parses,
/// walks, renders and frees its tree before returning. Positions are cmark's:
/// 1-based lines and 1-based UTF-8 byte columns.
enum CMarkDocument {
    /// A leaf block whose content cmark parses as inlines (where math may appear).
    struct InlineBlock: Equatable {
        enum Kind: Equatable { case paragraph, atxHeading, setextHeading }
        var kind: Kind
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        /// How many block quotes contain the block (each adds a `>` marker to its lines).
        var quoteDepth: Int
    }

    /// A code block (fenced or indented) and where it sits.
    struct CodeBlock: Equatable {
        /// The info string after the opening fence, as cmark decoded it (empty for indented code).
        var info: String
        var startLine: Int
        var startColumn: Int
        var endLine: Int
    }

    /// A heading met while rendering; `marker` is written right after its `<hN>` tag.
    struct HeadingSummary: Equatable {
        var level: Int
        /// The heading's text: text and code literals, breaks as spaces, raw HTML left out.
        var text: String
        var marker: String
        /// The line the heading starts on.
        var line: Int = 0
    }

    /// One child of the document, rendered on its own.
    struct TopLevelNode {
        /// cmark's HTML for this node alone; concatenating every node's HTML gives the
        /// whole document's rendering.
        var html: String
        var isParagraph: Bool
        /// Set when the node itself is a code block.
        var codeBlock: CodeBlock?
        /// Code blocks inside this node (in lists or block quotes), in document order.
        var nestedCodeBlocks: [CodeBlock]
        var headings: [HeadingSummary]
        /// The line the node starts on.
        var startLine: Int
        /// The raw HTML inside the node (blocks and inline tags, after the tag filter)
        /// with the line of the block that holds it.
        var rawHTML: [(html: String, line: Int)]
    }

    /// The paragraphs and headings of `markdown`, in document order.
    static func inlineBlocks(of markdown: String) -> [InlineBlock] {
        let document = parse(markdown)
        defer { cmark_node_free(document) }
        var blocks: [InlineBlock] = []
        forEachNode(under: document) { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING else { return }
            let startLine = Int(cmark_node_get_start_line(node))
            let endLine = Int(cmark_node_get_end_line(node))
            let kind: InlineBlock.Kind =
                type == CMARK_NODE_PARAGRAPH ? .paragraph : (endLine > startLine ? .setextHeading : .atxHeading)
            var depth = 0
            var parent = cmark_node_parent(node)
            while let ancestor = parent {
                if cmark_node_get_type(ancestor) == CMARK_NODE_BLOCK_QUOTE { depth += 1 }
                parent = cmark_node_parent(ancestor)
            }
            blocks.append(InlineBlock(
                kind: kind, startLine: startLine, startColumn: Int(cmark_node_get_start_column(node)),
                endLine: endLine, quoteDepth: depth))
        }
        return blocks
    }

    /// Parses `markdown` and renders each top-level node to HTML. Each heading gets
    /// `marker(i)` (i counting headings from 0 in document order) written right after
    /// its opening tag, so the caller can find it and give it an anchor.
    ///
    /// - Parameter safe: cmark's default, safe behaviour (raw HTML replaced by
    ///   `<!-- raw HTML omitted -->`, `javascript:`-like URLs dropped); otherwise raw HTML passes through.
    /// - Parameter tableWrapperClass: see ``Extensions/tableWrapperClass``.
    /// - Parameter image: called with each image's URL, alt text and line; returns the URL
    ///   to write instead (nil: unchanged).
    static func topLevelNodes(
        of markdown: String, safe: Bool, tableWrapperClass: String? = nil,
        image: (_ url: String, _ alt: String, _ line: Int) throws(Diagnostic) -> String? = { _, _, _ in nil },
        marker: (Int) -> String
    ) throws(Diagnostic) -> [TopLevelNode] {
        let document = parse(markdown)
        defer { cmark_node_free(document) }
        let renderOptions = safe ? CMARK_OPT_DEFAULT : CMARK_OPT_UNSAFE
        applyExtensions(
            document, lines: TextLines(markdown),
            Extensions(renderOptions: renderOptions, tableWrapperClass: tableWrapperClass))
        var images: [OpaquePointer] = []
        forEachNode(under: document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_IMAGE { images.append(node) }
        }
        for node in images {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if let replacement = try image(url, plainText(of: node), blockLine(of: node)) {
                cmark_node_set_url(node, replacement)
            }
        }
        var nodes: [TopLevelNode] = []
        var headingCount = 0
        var child = cmark_node_first_child(document)
        while let node = child {
            var headingNodes: [OpaquePointer] = []
            var nested: [CodeBlock] = []
            var rawHTML: [(html: String, line: Int)] = []
            forEachNode(under: node) { descendant in
                let type = cmark_node_get_type(descendant)
                if type == CMARK_NODE_HEADING { headingNodes.append(descendant) }
                if type == CMARK_NODE_CODE_BLOCK, descendant != node { nested.append(codeBlock(descendant)) }
                if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                    rawHTML.append((cmark_node_get_literal(descendant).map { String(cString: $0) } ?? "", blockLine(of: descendant)))
                }
            }
            var headings: [HeadingSummary] = []
            for heading in headingNodes {
                let summary = HeadingSummary(
                    level: Int(cmark_node_get_heading_level(heading)), text: plainText(of: heading),
                    marker: marker(headingCount), line: Int(cmark_node_get_start_line(heading)))
                headingCount += 1
                let markerNode = newNode(CMARK_NODE_CUSTOM_INLINE)
                cmark_node_set_on_enter(markerNode, summary.marker)
                cmark_node_prepend_child(heading, markerNode)
                headings.append(summary)
            }
            let type = cmark_node_get_type(node)
            nodes.append(TopLevelNode(
                html: render(node, options: renderOptions),
                isParagraph: type == CMARK_NODE_PARAGRAPH,
                codeBlock: type == CMARK_NODE_CODE_BLOCK ? codeBlock(node) : nil,
                nestedCodeBlocks: nested,
                headings: headings,
                startLine: Int(cmark_node_get_start_line(node)),
                rawHTML: rawHTML))
            child = cmark_node_next(node)
        }
        return nodes
    }

    /// `text` escaped by cmark as it escapes a link title (`&`, `<`, `>`, `"`) and as
    /// it escapes a URL (percent-encoding, `&amp;`, `&#x27;`), for putting source text
    /// back into attributes.
    static func escapedForAttributes(_ text: String) -> (title: String, url: String) {
        let document = newNode(CMARK_NODE_DOCUMENT)
        defer { cmark_node_free(document) }
        let paragraph = newNode(CMARK_NODE_PARAGRAPH)
        let link = newNode(CMARK_NODE_LINK)
        cmark_node_set_url(link, text)
        cmark_node_set_title(link, text)
        cmark_node_append_child(paragraph, link)
        cmark_node_append_child(document, paragraph)
        let html = render(document, options: CMARK_OPT_UNSAFE)
        // <p><a href="URL" title="TITLE"></a></p>
        func attribute(_ name: String) -> String {
            guard let start = html.firstRange(of: name + "=\"") else { return "" }
            let rest = html[start.upperBound...]
            return String(rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)])
        }
        return (attribute("title"), attribute("href"))
    }

    // MARK: - Private

    static func parse(_ markdown: String) -> OpaquePointer {
        var bytes = Array(markdown.utf8)
        let count = bytes.count
        bytes.append(0)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                cmark_parse_document(characters.baseAddress, count, CMARK_OPT_SOURCEPOS)
            }
        }
        guard let document else { preconditionFailure("cmark_parse_document returned no document (out of memory)") }
        return document
    }

    static func newNode(_ type: cmark_node_type) -> OpaquePointer {
        guard let node = cmark_node_new(type) else { preconditionFailure("cmark_node_new failed (out of memory)") }
        return node
    }

    static func render(_ node: OpaquePointer, options: Int32) -> String {
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Calls `body` on entering each node under `root` (root included), in document order.
    /// `body` must not change the tree.
    static func forEachNode(under root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { body(node) }
        }
    }

    /// The start line of `node`, or of the nearest ancestor that has one (inlines have none).
    private static func blockLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line }
            current = cmark_node_parent(candidate)
        }
        return 1
    }

    private static func codeBlock(_ node: OpaquePointer) -> CodeBlock {
        CodeBlock(
            info: cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "",
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)))
    }

    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        forEachNode(under: node) { descendant in
            let type = cmark_node_get_type(descendant)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += cmark_node_get_literal(descendant).map { String(cString: $0) } ?? ""
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}
