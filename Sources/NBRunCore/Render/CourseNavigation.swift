import Markup

/// The links of a lesson page inside a course site: back to the index, and to the
/// previous and next lesson in course order (``CourseOrder``).
public struct CourseNavigation: Sendable, Equatable {
    public struct Link: Sendable, Equatable {
        public var title: String
        public var href: String
    }

    public var indexHref: String
    public var previous: Link?
    public var next: Link?

    /// `<nav class="nb-course-nav" aria-label="…">…</nav>`; the page has two (top and end),
    /// each with its own label so the landmarks stay distinct.
    func node(label: String) -> Node {
        var links: [Node] = [.element("a", ["href": indexHref], text: "All lessons")]
        if let previous {
            links += [.text(" · "), .element("a", ["href": previous.href, "rel": "prev"], text: "← " + previous.title)]
        }
        if let next {
            links += [.text(" · "), .element("a", ["href": next.href, "rel": "next"], text: next.title + " →")]
        }
        return .element("nav", ["class": "nb-course-nav", "aria-label": label], [.element("p", [:], links)])
    }
}
