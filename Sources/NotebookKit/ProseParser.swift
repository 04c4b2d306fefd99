/// Parses one scanned excerpt (the notebook's body, a callout's inside, a footnote)
/// into prose blocks and, at the top level, steps — in document order, so footnotes
/// are numbered and headings anchored as a reader meets them.
struct ProseParser {
    enum Item {
        case prose(ProseElement, headings: [Heading])
        case step(Step)
    }

    let options: NotebookParser.Options
    let tokens: PlaceholderToken
    /// The notebook's own lines, from which steps are read.
    let stepReader: StepReader

    func parse(_ scanned: ScannedExcerpt, topLevel: Bool, context: inout ProseContext) throws(Diagnostic) -> [Item] {
        let protected = ProtectedMarkdown(scanned.text, tokens: tokens, footnotes: true)
        func location(_ line: Int, _ column: Int) -> SourceLocation {
            scanned.location(line: protected.originalLine(line), column: column)
        }
        let nodes = try CMarkDocument.topLevelNodes(
            of: protected.text, safe: options.safe, tableWrapperClass: options.tableWrapperClass,
            image: { url, alt, line throws(Diagnostic) in
                try image(url, alt: alt, at: location(line, 1), context: &context)
            }
        ) { tokens.token(.heading, $0) }
        func formulaLocation(_ formula: ProtectedMarkdown.Formula) -> SourceLocation {
            scanned.location(line: formula.line, column: formula.column)
        }

        var items: [Item] = []
        var anchors: [String] = []
        for node in nodes {
            for nested in node.nestedCodeBlocks where StepReader.isStep(info: nested.info) {
                throw Diagnostic.error(
                    "steps must be at the top level of the document",
                    at: location(nested.startLine, nested.startColumn),
                    length: 3, notes: ["move the step out of the list or block quote (no indentation, no '>')"])
            }
            if let code = node.codeBlock, StepReader.isStep(info: code.info) {
                let fence = location(code.startLine, code.startColumn)
                guard topLevel else {
                    throw Diagnostic.error(
                        "steps must be at the top level of the document", at: fence, length: 3,
                        notes: ["move the step out of the callout"])
                }
                items.append(.step(try stepReader.step(
                    fenceLine: fence.line, fenceColumn: code.startColumn,
                    endLine: scanned.location(line: protected.originalLine(code.endLine), column: 1).line)))
                continue
            }
            var headings: [Heading] = []
            for summary in node.headings {
                let text = plainText(summary.text, protected: protected)
                let anchor: String
                if let identifier = scanned.headingIDs[protected.originalLine(summary.line)] {
                    anchor = context.anchors.take(identifier)
                    if CrossReferenceKind(label: identifier) == .section {
                        try context.define(
                            identifier,
                            .init(kind: .section, text: text, location: location(summary.line, 1)),
                            length: 1)
                    }
                } else {
                    anchor = context.anchors.anchor(for: text)
                }
                let heading = Heading(level: summary.level, text: text, anchor: anchor)
                headings.append(heading)
                anchors.append(heading.anchor)
            }
            if !options.safe {
                for raw in node.rawHTML { context.inspect(rawHTML: raw.html, at: location(raw.line, 1)) }
            }
            if let block = standaloneBlock(node.html, scanned: scanned) {
                if let element = try self.block(block, context: &context) {
                    items.append(.prose(element, headings: headings))
                }
                continue
            }
            var pieces: [ProsePiece] = []
            try ProseAssembler(tokens: tokens).append(node.html, to: &pieces) { occurrence, attribute throws(Diagnostic) in
                switch occurrence.kind {
                case .heading:
                    return .headingAnchor(options.headingAnchors && occurrence.index < anchors.count ? anchors[occurrence.index] : nil)
                case .math:
                    guard occurrence.index < protected.formulas.count else { return .attributeText("") }
                    let formula = protected.formulas[occurrence.index]
                    return ProseAssembler.formula(formula, attribute: attribute, location: formulaLocation(formula))
                case .footnote:
                    guard occurrence.index < protected.footnoteReferences.count else { return .attributeText("") }
                    let reference = protected.footnoteReferences[occurrence.index]
                    return footnoteReference(reference, attribute: attribute, at: scanned.location(line: reference.line, column: reference.column), context: &context)
                case .reference:
                    guard occurrence.index < protected.crossReferences.count else { return .attributeText("") }
                    let found = protected.crossReferences[occurrence.index]
                    if let attribute {
                        let escaped = CMarkDocument.escapedForAttributes(found.source)
                        return .attributeText(attribute == "href" || attribute == "src" ? escaped.url : escaped.title)
                    }
                    context.references.append(.init(
                        style: found.reference.style, label: found.reference.label,
                        location: scanned.location(line: found.line, column: found.column), source: found.source))
                    return .pieces([.html(tokens.token(.reference, context.references.count - 1))])
                case .block:
                    guard occurrence.index < scanned.blocks.count else { return .attributeText("") }
                    if case .math(let math) = scanned.blocks[occurrence.index] {
                        if let attribute {
                            let escaped = CMarkDocument.escapedForAttributes(math.source)
                            return .attributeText(attribute == "href" || attribute == "src" ? escaped.url : escaped.title)
                        }
                        return .pieces([.math(MathSpan(tex: math.tex, display: true, location: math.location))])
                    }
                    return .pieces(ProseHTML.pieces(of: (try self.block(scanned.blocks[occurrence.index], context: &context)).map { [$0] } ?? []))
                }
            }
            items.append(.prose(.markdown(MarkdownBlock(pieces: pieces, location: location(node.startLine, 1))), headings: headings))
        }
        return items
    }

    /// What an image's `src` becomes under ``NotebookParser/Options/images``.
    private func image(_ url: String, alt: String, at location: SourceLocation, context: inout ProseContext) throws(Diagnostic) -> String? {
        guard options.images == .embed else { return nil }
        if alt.trimmingBlanks().isEmpty {
            context.warnings.append(.warning(
                "image '\(url)' has no alt text", at: location,
                notes: ["describe the image for readers who cannot see it: ![what it shows](\(url))"]))
        }
        if ImageEmbedding.isRemote(url) {
            context.activeContent.needsNetwork = true
            context.warnings.append(.warning(
                "image '\(url)' is loaded from the network", at: location,
                notes: ["the page is no longer self-contained; save the image beside the notebook to embed it"]))
            return nil
        }
        let lower = url.lowercased()
        guard !url.isEmpty, !lower.hasPrefix("data:"), !lower.contains("://"), !lower.hasPrefix("mailto:") else { return nil }
        let embedded = try ImageEmbedding.dataURL(url, notebookPath: location.path, at: location)
        context.embeddedImageBytes += embedded.bytes
        return embedded.url
    }

    /// The block whose token is alone in a paragraph (`<p>TOKEN</p>`), if `html` is that.
    private func standaloneBlock(_ html: String, scanned: ScannedExcerpt) -> ScannedBlock? {
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return nil }
        let inside = Array(html.utf8.dropFirst(3).dropLast(5))
        let found = tokens.occurrences(in: inside)
        guard found.count == 1, found[0].kind == .block, found[0].range == 0..<inside.count,
              found[0].index < scanned.blocks.count else { return nil }
        return scanned.blocks[found[0].index]
    }

    /// The element for a block taken out before cmark; nil for a stripped solution.
    private func block(_ block: ScannedBlock, context: inout ProseContext) throws(Diagnostic) -> ProseElement? {
        switch block {
        case .math(let math):
            let tags = EquationTags(math.tex)
            let label = math.label ?? tags.label
            var number: String?
            if tags.isNumbered(attributeLabel: math.label) {
                if let tag = tags.tag {
                    number = tag
                } else {
                    context.equationCount += 1
                    number = String(context.equationCount)
                }
            }
            if let label {
                try context.define(
                    label, .init(kind: .equation, text: number ?? "", location: math.location), length: 2)
            }
            let tex = number == nil ? math.tex : tags.tex
            return .equation(DisplayEquation(
                math: MathSpan(tex: tex, display: true, location: math.location), label: label, number: number))
        case .rawHTML(let html, let location):
            guard !options.safe else {
                return .markdown(MarkdownBlock(pieces: [.html("<!-- raw HTML omitted -->\n")], location: location))
            }
            context.inspect(rawHTML: html, at: location)
            return .rawHTML(RawHTMLBlock(html: html, location: location))
        case .callout(let callout) where callout.role == .solution:
            let target = callout.title?.text.trimmingBlanks() ?? ""
            guard let exercise = context.labels[target], exercise.kind == .exercise else {
                let exercises = context.labels.filter { $0.value.kind == .exercise }.keys.sorted()
                var notes = ["a solution follows its exercise, which has ':label: \(target)'"]
                if let close = Suggestion.closest(to: target, among: exercises) { notes.insert("did you mean '\(close)'?", at: 0) }
                throw Diagnostic.error(
                    "solution to unknown exercise '\(target)'", at: callout.title?.location ?? callout.location,
                    length: max(target.utf8.count, 1), notes: notes)
            }
            guard options.solutions != .strip else { return nil }
            let children = try parse(callout.body, topLevel: false, context: &context).compactMap { item -> ProseElement? in
                if case .prose(let block, _) = item { block } else { nil }
            }
            return .solution(SolutionBlock(
                exerciseLabel: target, exerciseNumber: Int(exercise.text) ?? 0, open: options.solutions == .show,
                children: children, location: callout.location))
        case .callout(let callout) where callout.role == .exercise:
            context.exerciseCount += 1
            let number = context.exerciseCount
            if let label = callout.label {
                try context.define(label.text, .init(kind: .exercise, text: String(number), location: label.location),
                                   length: label.text.utf8.count + 8)
            }
            let title = try callout.title.map { title throws(Diagnostic) in
                try NotebookParser(options: options).renderInline(title.text, at: title.location)
            }
            let children = try parse(callout.body, topLevel: false, context: &context).compactMap { item -> ProseElement? in
                if case .prose(let block, _) = item { block } else { nil }
            }
            return .exercise(ExerciseBlock(
                number: number, label: callout.label?.text, title: title, children: children, location: callout.location))
        case .callout(let callout):
            let title = try callout.title.map { title throws(Diagnostic) in
                try NotebookParser(options: options).renderInline(title.text, at: title.location)
            }
            let children = try parse(callout.body, topLevel: false, context: &context).compactMap { item -> ProseElement? in
                if case .prose(let block, _) = item { block } else { nil }
            }
            return .callout(CalloutBlock(
                kind: callout.kind, title: title, collapse: callout.collapse, children: children, location: callout.location))
        }
    }

    private func footnoteReference(
        _ reference: ProtectedMarkdown.FootnoteReference, attribute: String?, at location: SourceLocation,
        context: inout ProseContext
    ) -> ProseAssembler.Replacement {
        if let attribute {
            let escaped = CMarkDocument.escapedForAttributes(reference.source)
            return .attributeText(attribute == "href" || attribute == "src" ? escaped.url : escaped.title)
        }
        guard let (number, index) = context.reference(reference.name) else {
            var notes = ["define it anywhere in the notebook: '[^\(reference.name)]: text'"]
            if let close = Suggestion.closest(to: reference.name, among: context.footnoteDefinitions.keys.sorted()) {
                notes.insert("did you mean '[^\(close)]'?", at: 0)
            }
            context.warnings.append(.warning(
                "footnote '[^\(reference.name)]' is never defined", at: location,
                length: reference.source.utf8.count, notes: notes))
            return .pieces([.html(ProseHTML.text(reference.source))])
        }
        return .pieces([.html(ProseHTML.footnoteReference(number: number, index: index))])
    }

    /// A heading's text with each formula token replaced by its TeX, blanks collapsed.
    private func plainText(_ text: String, protected: ProtectedMarkdown) -> String {
        let bytes = Array(text.utf8)
        var result = ""
        var offset = 0
        for occurrence in protected.tokens.occurrences(in: bytes) where occurrence.kind != .heading && occurrence.kind != .block {
            result += String(decoding: bytes[offset..<occurrence.range.lowerBound], as: UTF8.self)
            if occurrence.kind == .math {
                result += occurrence.index < protected.formulas.count ? protected.formulas[occurrence.index].tex : ""
            } else if occurrence.kind == .reference, occurrence.index < protected.crossReferences.count {
                result += protected.crossReferences[occurrence.index].source
            }
            offset = occurrence.range.upperBound
        }
        result += String(decoding: bytes[offset...], as: UTF8.self)
        return result.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}
