/// The order of lessons in a course (site index, previous/next links, package module):
/// by the front matter's `order:`, then as given on the command line. Lessons without
/// `order:` follow those with one, in command-line order.
enum CourseOrder {
    /// `items` sorted by (`order` or +∞, command-line position); stable.
    static func sorted<Item>(_ items: [Item], order: (Item) -> Int?) -> [Item] {
        items.enumerated().sorted { left, right in
            let a = order(left.element) ?? Int.max, b = order(right.element) ?? Int.max
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }
}
