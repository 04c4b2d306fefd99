import Markup

/// The relative `href`/`src` values of a written page (figure files, exports, other
/// lessons): a fragment placed in another site resolves them against that site, so they
/// are made absolute with `--base-url`, or listed in the footer.
enum RelativeLinks {
    /// A relative reference: no scheme, not a fragment (`#…`), not rooted (`/…`).
    static func isRelative(_ value: String) -> Bool {
        guard !value.isEmpty, !value.hasPrefix("#"), !value.hasPrefix("/") else { return false }
        if let colon = value.firstIndex(of: ":"), !value[..<colon].contains("/") { return false }
        return true
    }

    /// Every relative link value in `html`, as written (escaped), in order, each once.
    static func values(in html: String) -> [String] {
        var found: [String] = []
        rewrite(html) { value in
            if !found.contains(value) { found.append(value) }
            return value
        }
        return found
    }

    /// `html` with `base` (escaped as an attribute value) put before every relative link.
    static func absolute(_ html: String, base: String) -> String {
        let prefix = Escaping.attribute(base.hasSuffix("/") ? base : base + "/")
        return rewrite(html) { prefix + $0 }
    }

    @discardableResult
    private static func rewrite(_ html: String, _ transform: (String) -> String) -> String {
        var result = ""
        var rest = Substring(html)
        while let start = [" href=\"", " src=\""].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let value = String(rest[..<end])
            result += isRelative(value) ? transform(value) : value
            rest = rest[end...]
        }
        return result + rest
    }
}
