extension OutputLayout {
    /// Two notebooks whose pages would have one name (`a/x.md` and `b/x.md` both write
    /// `x.html` and `x/`): the first such pair, in command-line order, or nil.
    public static func stemClash(_ notebooks: [String]) -> (first: String, second: String, stem: String)? {
        var seen: [String: String] = [:]
        for path in notebooks {
            let name = stem(of: path)
            if let earlier = seen[name], earlier != path { return (earlier, path, name) }
            seen[name] = path
        }
        return nil
    }
}
