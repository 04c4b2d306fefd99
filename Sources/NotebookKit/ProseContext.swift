/// What the parts of one notebook's prose share while they are read in document
/// order: heading anchors, footnote numbers, warnings, and what the page will need.
struct ProseContext {
    var anchors = HeadingAnchors()
    /// Definitions by name (the first one wins).
    var footnoteDefinitions: [String: FootnoteSource] = [:]
    /// Names in order of first reference: the footnote numbered `i + 1` is `footnoteOrder[i]`.
    var footnoteOrder: [String] = []
    var referenceCounts: [String: Int] = [:]
    var warnings: [Diagnostic] = []
    var activeContent = ActiveContent()
    /// Every label defined so far (equations, sections).
    var labels: [String: LabelTarget] = [:]
    var equationCount = 0
    var exerciseCount = 0
    /// The size of every image embedded so far.
    var embeddedImageBytes = 0
    /// Cross-references met so far; each one's token carries its index here.
    var references: [PendingReference] = []

    /// What a label points at.
    struct LabelTarget {
        var kind: CrossReferenceKind
        /// "3" for an equation; a section's heading text.
        var text: String
        var location: SourceLocation
    }

    struct PendingReference {
        var style: MathScanner.Reference.Style
        var label: String
        var location: SourceLocation
        var source: String
    }

    /// Records `label`; a label defined twice is an error at the second definition.
    mutating func define(_ label: String, _ target: LabelTarget, length: Int) throws(Diagnostic) {
        if let first = labels[label] {
            throw Diagnostic.error(
                "label '\(label)' is defined twice", at: target.location, length: length,
                notes: ["it is first defined at line \(first.location.line); labels must be unique in a notebook"])
        }
        labels[label] = target
    }

    /// Counts a reference to footnote `name`; its number and which reference (0-based)
    /// this is, or nil when no definition exists.
    mutating func reference(_ name: String) -> (number: Int, index: Int)? {
        guard footnoteDefinitions[name] != nil else { return nil }
        if !footnoteOrder.contains(name) { footnoteOrder.append(name) }
        let index = referenceCounts[name, default: 0]
        referenceCounts[name] = index + 1
        return (footnoteOrder.firstIndex(of: name)! + 1, index)
    }

    /// Warnings (and page needs) for author HTML found at `location`.
    mutating func inspect(rawHTML html: String, at location: SourceLocation) {
        for finding in RawHTMLInspector.findings(in: html) {
            if finding.isScript { activeContent.hasScripts = true } else { activeContent.needsNetwork = true }
            let note = finding.isScript
                ? "the page is no longer script-free; --safe leaves raw HTML out"
                : "the page is no longer self-contained; --safe leaves raw HTML out"
            warnings.append(.warning(finding.message, at: location, notes: [note]))
        }
    }
}
