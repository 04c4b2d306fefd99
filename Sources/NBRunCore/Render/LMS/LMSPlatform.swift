/// A course platform whose rich-text sanitizer an `--lms` page is written for.
///
/// What each keeps is recorded in shared/conformance/lms (Canvas: `CanvasSanitize::SANITIZE`
/// on the Sanitize gem; Moodle: `purify_html()` on HTML Purifier); scripts/lms_check.py
/// checks every rendered lesson against those lists.
public enum LMSPlatform: String, Sendable, CaseIterable {
    /// Keeps MathML (but not `mspace@width`), `details`, ids; no `<style>`, no SVG,
    /// no `font-weight` in `style=""`.
    case canvas
    /// Removes MathML, SVG, ids, `details`, `figure`; MathJax typesets `\( … \)` and `\[ … \]`.
    case moodle

    /// The platform's name as people write it.
    public var displayName: String {
        switch self {
        case .canvas: "Canvas"
        case .moodle: "Moodle"
        }
    }
}
