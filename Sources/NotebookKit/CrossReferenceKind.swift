/// What a label names, from its prefix (Quarto's convention): `eq-` an equation,
/// `sec-` a section. LaTeX labels (`\label{eq:loss}`) name equations whatever they hold.
enum CrossReferenceKind: String, Sendable {
    case equation = "eq"
    case section = "sec"
    case exercise = "ex"

    /// The kind of a Quarto-style label, nil when its prefix is not one nbrun numbers.
    init?(label: String) {
        guard let dash = label.firstIndex(of: "-"), label.index(after: dash) < label.endIndex else { return nil }
        self.init(rawValue: String(label[..<dash]))
    }

    /// "Equation", "Section": the word before the number in an `@label` reference.
    var word: String {
        switch self {
        case .equation: "Equation"
        case .section: "Section"
        case .exercise: "Exercise"
        }
    }
}
