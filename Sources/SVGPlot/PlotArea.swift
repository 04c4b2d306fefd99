/// The rectangle, in view-box units, where data is drawn.
struct PlotArea: Sendable, Equatable {
    var left: Double
    var top: Double
    var width: Double
    var height: Double

    var right: Double { left + width }
    var bottom: Double { top + height }

    /// The area grown by `margin` on every side.
    func inset(by margin: Double) -> PlotArea {
        PlotArea(left: left + margin, top: top + margin, width: width - 2 * margin, height: height - 2 * margin)
    }
}
