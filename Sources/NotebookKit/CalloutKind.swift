/// The kinds of callout nbrun draws, with the names each syntax uses for them.
///
/// GitHub alerts and Quarto callouts know the first five; MyST (Jupyter Book) adds
/// the others, which are drawn in the colour of the nearest of the five.
public enum CalloutKind: String, Sendable, CaseIterable {
    case note, tip, important, warning, caution
    case attention, danger, error, hint, seealso

    /// The word shown in the callout's title.
    public var word: String {
        switch self {
        case .note: "Note"
        case .tip: "Tip"
        case .important: "Important"
        case .warning: "Warning"
        case .caution: "Caution"
        case .attention: "Attention"
        case .danger: "Danger"
        case .error: "Error"
        case .hint: "Hint"
        case .seealso: "See also"
        }
    }

    /// The one of GitHub's five kinds whose colours this kind takes.
    public var family: CalloutKind {
        switch self {
        case .note, .seealso: .note
        case .tip, .hint: .tip
        case .important: .important
        case .warning, .attention: .warning
        case .caution, .danger, .error: .caution
        }
    }

    /// The kind named `name`, in any letter case.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// Every name, for messages and suggestions.
    static var names: [String] { allCases.map(\.rawValue) }
}
