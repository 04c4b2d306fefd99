import Markup

/// A step's source, collapsed by default:
/// `<details class="nb-source"><summary><code>{train}</code> summary</summary><pre><code>…</code></pre></details>`.
public struct StepSourceBlock: Sendable {
    /// The step's info string, e.g. `{train}`.
    public var stepName: String
    public var source: String
    /// A short description shown next to the step name, e.g. "2000 epochs, SGD 0.5".
    public var summary: String
    public var isOpen: Bool

    public init(stepName: String, source: String, summary: String = "", isOpen: Bool = false) {
        self.stepName = stepName
        self.source = source
        self.summary = summary
        self.isOpen = isOpen
    }

    public var node: Node {
        var summaryChildren: [Node] = [.element("code", ["class": "nb-step"], text: stepName)]
        if !summary.isEmpty { summaryChildren += [.text(" "), .element("span", [:], text: summary)] }
        var attributes = [Attribute("class", "nb-source")]
        if isOpen { attributes.append(Attribute("open", "")) }
        return .element("details", attributes: attributes, [
            .element("summary", [:], summaryChildren),
            .element("pre", [:], [.element("code", [:], text: source)]),
        ])
    }
}
