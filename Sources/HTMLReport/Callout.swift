import Markup

/// A boxed remark: a note, a success (e.g. a passed gradient check), a warning
/// (e.g. training diverged) or an error (e.g. a failed gradient check). The kind is written as a word too, not shown by colour alone.
public struct Callout: Sendable {
    public enum Kind: String, Sendable {
        case note, success, warning, error

        var word: String {
            switch self {
            case .note: return "Note"
            case .success: return "Passed"
            case .warning: return "Warning"
            case .error: return "Error"
            }
        }
    }

    public var kind: Kind
    public var title: String
    public var body: [Node]

    public init(kind: Kind, title: String, body: [Node] = []) {
        self.kind = kind
        self.title = title
        self.body = body
    }

    public var node: Node {
        var titleChildren: [Node] = [.element("strong", [:], text: kind.word + (title.isEmpty ? "" : ":"))]
        if !title.isEmpty { titleChildren.append(.text(" " + title)) }
        return .element("div", ["class": "nb-callout nb-callout-\(kind.rawValue)", "role": "note"],
                        [.element("p", ["class": "nb-callout-title"], titleChildren)] + body)
    }
}
