/// Colours used by every figure.
///
/// Classes and series use the Okabe–Ito palette (distinguishable with the common
/// colour-vision deficiencies); axes and text use `currentColor` so an inlined
/// figure follows the page's text colour, including a dark colour scheme.
public enum Palette {
    /// Okabe–Ito, reordered so the first colours are the most distinct on white and on dark grey:
    /// blue, orange, bluish green, reddish purple, vermillion, sky blue, yellow.
    public static let categorical: [String] = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442",
    ]

    /// The colour of class or series `index` (the palette repeats after seven).
    public static func color(_ index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// Positive weights (Okabe–Ito blue).
    public static let positive = "#0072B2"
    /// Negative weights (Okabe–Ito vermillion).
    public static let negative = "#D55E00"
    /// The class attribute of marks in class or series `index` colour (`nb-c0`…), so the
    /// report's dark scheme can lighten the colours that are too dark on a dark background.
    public static func className(_ index: Int) -> String { "nb-c\(index)" }

    /// Axes, ticks and text.
    public static let ink = "currentColor"
}
