/// A node of an HTML, SVG or MathML tree.
///
/// Every piece of markup nbrun writes is built from these nodes and turned into
/// text by ``MarkupWriter``, the one place where escaping happens: `.text` is
/// always escaped, `.raw` never is (it is reserved for markup that another
/// trusted writer produced, such as cmark's HTML for prose).
public indirect enum Node: Sendable, Equatable {
    case element(Element)
    /// Character data; `<`, `>` and `&` are escaped when written.
    case text(String)
    /// Markup written verbatim. Only for output of a trusted renderer.
    case raw(String)
    case comment(String)
    /// Several nodes side by side, with no element around them.
    case fragment([Node])
}

/// An element with ordered attributes (order is kept so output is deterministic).
public struct Element: Sendable, Equatable {
    public var name: String
    public var attributes: [Attribute]
    public var children: [Node]

    public init(name: String, attributes: [Attribute] = [], children: [Node] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }
}

/// One `name="value"` pair; the value is escaped when written.
public struct Attribute: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Node {
    /// An element; attributes keep the order they are written in.
    public static func element(
        _ name: String,
        _ attributes: KeyValuePairs<String, String> = [:],
        _ children: [Node] = []
    ) -> Node {
        .element(Element(
            name: name,
            attributes: attributes.map { Attribute($0.key, $0.value) },
            children: children
        ))
    }

    /// An element whose attributes are computed (optional ones already dropped).
    public static func element(_ name: String, attributes: [Attribute], _ children: [Node] = []) -> Node {
        .element(Element(name: name, attributes: attributes, children: children))
    }

    /// An element holding one escaped text child.
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> Node {
        .element(name, attributes, [.text(text)])
    }
}
