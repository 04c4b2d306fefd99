/// The `style=""` values of an LMS page. Each uses only properties and values that both
/// Canvas (its CSS property list) and Moodle (HTML Purifier's property types) keep: no
/// `font-weight` (bold comes from `<strong>`), no `display`, `gap`, custom properties,
/// `var()`, `currentColor` or `max-width` on `<img>` for Moodle.
enum InlineStyle {
    static let muted = "#555555"
    static let rule = "#d0d7de"
    static let codeBackground = "#f6f8fa"

    static let table = "border-collapse: collapse; margin: 0 0 16px 0"
    static let caption = "text-align: left; padding: 4px 0; font-size: 0.9em; color: \(muted)"
    static func cell(numeric: Bool) -> String {
        "padding: 3px 10px; border-bottom: 1px solid \(rule); text-align: \(numeric ? "right" : "left")"
    }
    static let note = "margin: 0 0 16px 0; font-size: 0.9em; color: \(muted)"

    static let cardLabel = "padding: 4px 12px; border: 1px solid \(rule); background-color: \(codeBackground); font-size: 0.85em; color: \(muted); text-align: left"
    static let cardValue = "padding: 4px 12px; border: 1px solid \(rule); font-size: 1.2em; text-align: left"
    static let cardDetail = "font-size: 0.75em; color: \(muted)"

    /// Border and background colour of each callout kind (GitHub's palette).
    static func callout(_ kind: Callout.Kind) -> String {
        let (border, background) = switch kind {
        case .note: ("#0969da", "#ddf4ff")
        case .success: ("#1a7f37", "#dafbe1")
        case .warning: ("#9a6700", "#fff8c5")
        case .error: ("#cf222e", "#ffebe9")
        }
        return "margin: 0 0 16px 0; padding: 8px 12px; border-left: 4px solid \(border); background-color: \(background)"
    }

    static let stepLabel = "margin: 0 0 4px 0; font-size: 0.85em; color: \(muted)"
    static let source = "margin: 0 0 16px 0; padding: 8px 12px; background-color: \(codeBackground); font-size: 0.85em; white-space: pre"

    /// Canvas keeps `max-width` on images; Moodle removes `max-width: 100%` from `<img>`.
    static let canvasImage = "max-width: 100%; height: auto"
    static let figureCaption = "margin: 4px 0 16px 0; font-size: 0.9em; color: \(muted)"

    static let byline = "margin: 0 0 16px 0; color: \(muted)"
    static let footer = "margin: 24px 0 0 0; padding: 8px 0 0 0; border-top: 1px solid \(rule); font-size: 0.85em; color: \(muted)"
}
