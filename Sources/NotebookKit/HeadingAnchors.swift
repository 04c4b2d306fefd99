/// Hands out unique anchors for a notebook's headings, in document order, as GitHub does:
/// the first `intro` stays `intro`, later ones become `intro-1`, `intro-2`, ...
/// (skipping any suffix already taken by a heading literally named so).
struct HeadingAnchors {
    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    mutating func anchor(for text: String) -> String {
        let base = Slug.make(text)
        var candidate = base
        var suffix = nextSuffix[base] ?? 0
        while taken.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        nextSuffix[base] = suffix
        taken.insert(candidate)
        return candidate
    }

    /// Takes `id` as written by the author (`## Title {#sec-intro}`).
    mutating func take(_ id: String) -> String {
        taken.insert(id)
        return id
    }
}
