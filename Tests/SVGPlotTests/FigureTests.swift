import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Markup
import Testing
@testable import SVGPlot

/// Collects element names and the text of `<title>` / `<desc>` from parsed XML.
final class XMLSummary: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [[String: String]] = []
    var texts: [String: String] = [:]
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes.append(attributes)
        current = name
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        texts[current, default: ""] += string
    }

    /// Parses `text`; nil when it is not well-formed.
    static func parse(_ text: String) -> XMLSummary? {
        let summary = XMLSummary()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = summary
        return parser.parse() ? summary : nil
    }
}

@Suite struct FigureTests {
    static let figures = Fixtures.sampleFigures()

    @Test(arguments: figures.map(\.0))
    func everyFigureIsWellFormedAndAccessible(name: String) throws {
        let svg = try #require(Self.figures.first { $0.0 == name }?.1)
        let text = SVGDocument.standalone(svg)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let parsed = try #require(XMLSummary.parse(text), "\(name) is not well-formed XML")
        #expect(parsed.elements.prefix(3) == ["svg", "title", "desc"])
        let root = parsed.attributes[0]
        #expect(root["role"] == "img")
        let titleID = try #require(parsed.attributes[1]["id"])
        let descID = try #require(parsed.attributes[2]["id"])
        #expect(root["aria-labelledby"] == titleID + " " + descID)
        #expect(!(parsed.texts["desc"] ?? "").isEmpty)
        #expect(!parsed.elements.contains("style") && !parsed.elements.contains("script"))
        #expect(text.utf8.count < 100_000, "\(name) is \(text.utf8.count) bytes")
    }

    @Test func inlineFiguresCarryNoURL() {
        for (_, svg) in Self.figures {
            #expect(!MarkupWriter(dialect: .html).render(svg).contains("http"))
        }
    }

    @Test func idsArePrefixedByTheCallersFigureID() {
        let text = MarkupWriter().render(lossCurve([1, 0.5]).svg(id: "fig-3"))
        #expect(text.contains("<title id=\"fig-3-title\">Training loss</title>"))
        #expect(text.contains("aria-labelledby=\"fig-3-title fig-3-desc\""))
    }

    @Test func aDenseThreeClassBoundaryStaysSmall() {
        // 200 × 200 samples (40 000 cells) and 999 points, as in the spiral lesson.
        let plot = DecisionBoundaryPlot(field: Fixtures.spiralField(resolution: 200), points: Fixtures.spiral(perClass: 333),
                                        classNames: ["a", "b", "c"], title: "Spiral")
        let text = SVGDocument.standalone(plot.svg(id: "s"))
        #expect(text.utf8.count < 100_000)
        let paths = text.components(separatedBy: "<path").count - 1
        // Three class fills, one boundary, the axes and the legend line: a handful, not one per cell.
        #expect(paths <= 8)
        #expect(text.components(separatedBy: "<rect").count - 1 == 3) // legend swatches only
    }

    @Test func classNamesAreTextNotMarkup() throws {
        let plot = DecisionBoundaryPlot(field: Fixtures.discProbability(resolution: 10), points: [],
                                        classNames: ["<b>", "a & b"], title: "<script>")
        let text = SVGDocument.standalone(plot.svg(id: "e"))
        #expect(text.contains("&lt;b&gt;") && !text.contains("<b>"))
        #expect(text.contains("a &amp; b"))
        let parsed = try #require(XMLSummary.parse(text))
        #expect(parsed.texts["title"] == "<script>")
        #expect(!parsed.elements.contains("b") && !parsed.elements.contains("script"))
    }

    @Test func renderingIsDeterministic() {
        let first = Fixtures.sampleFigures().map { SVGDocument.standalone($0.1) }
        let second = Fixtures.sampleFigures().map { SVGDocument.standalone($0.1) }
        #expect(first == second)
    }

    @Test func undrawablePointsBreakTheLine() throws {
        let plot = LinePlot(series: [Series(name: "loss", values: [1, 0.5, .nan, 0.25, .infinity, 0, 0.1, 0.05])],
                            xLabel: "epoch", yLabel: "loss", yScale: .log, title: "t")
        let text = MarkupWriter().render(plot.svg(id: "p"))
        // Runs: [1, 0.5], [0.25] (a lone dot), [0.1, 0.05]; 0 cannot be shown on a log axis.
        let lines = try #require(text.components(separatedBy: "stroke-width=\"2\" stroke-linejoin").first?
            .components(separatedBy: "<path d=\"").last)
        #expect(lines.filter { $0 == "M" }.count == 2)
        #expect(text.components(separatedBy: "<circle").count - 1 == 1)
    }

    @Test func theDescriptionSummarisesTheCurve() {
        let plot = LinePlot(series: [Series(name: "loss", values: [0.5, 0.25, 0, 0.125])], xLabel: "epoch", yLabel: "loss",
                            yScale: .log, title: "t")
        #expect(plot.summary() == "Line chart of log-scaled loss against epoch. loss: 0.5 at epoch 1, 0.125 at epoch 4 "
            + "(lowest 0.125 at epoch 4). 1 value is not finite or not positive and not drawn.")
    }

    @Test func nothingToShowIsSaid() {
        let plot = LinePlot(series: [Series(name: "loss", values: [0, -1, .nan])], xLabel: "epoch", yLabel: "loss",
                            yScale: .log, title: "t")
        #expect(MarkupWriter().render(plot.svg(id: "p")).contains("no positive finite values to show"))
    }

    @Test func aSeriesLegendAppearsOnlyForSeveralSeries() {
        let one = MarkupWriter().render(lossCurve([3, 2, 1], yScale: .linear).svg(id: "a"))
        let two = MarkupWriter().render(LinePlot(series: [Series(name: "train", values: [3, 2]), Series(name: "test", values: [4, 3])],
                                                 xLabel: "epoch", yLabel: "loss", title: "t").svg(id: "b"))
        #expect(!one.contains(">loss</text>\n<text"))
        #expect(two.contains(">train</text>") && two.contains(">test</text>"))
    }

    @Test func smallMultiplesStateTheirSharedRanges() {
        let field = Fixtures.discProbability(resolution: 8)
        let multiples = SmallMultiples(panels: [DecisionPanel(title: "epoch 1", field: field, points: []),
                                                DecisionPanel(title: "epoch 2", field: field, points: [])],
                                       classNames: ["a", "b"], title: "t")
        #expect(multiples.rangeNote() == "Each panel shows x₁ ∈ [−1.5, 1.5], x₂ ∈ [−1.5, 1.5].")
        let text = MarkupWriter().render(multiples.svg(id: "m"))
        #expect(text.contains(">epoch 1</text>") && text.contains(">epoch 2</text>"))
    }

    @Test func largeLayersAreElided() {
        let sizes = [784, 16, 10]
        let weights = (0..<2).map { layer in
            [[Double]](repeating: [Double](repeating: 0.5, count: sizes[layer + 1]), count: sizes[layer])
        }
        let diagram = NetworkDiagram(layerSizes: sizes, weights: weights, title: "MLP")
        #expect(diagram.shownNeurons(784).count == 12)
        #expect(diagram.shownNeurons(784).last == 783)
        let text = MarkupWriter().render(diagram.svg(id: "n"))
        #expect(text.contains(">784 neurons, 11 shown</text>"))
        // 11 + 11 + 10 neurons; 11·11 + 11·10 connections.
        #expect(text.components(separatedBy: "<circle").count - 1 == 32)
        #expect(text.components(separatedBy: "<line").count - 1 == 231)
    }

    @Test func weightSignSetsTheColourAndMagnitudeTheWidth() {
        let diagram = NetworkDiagram(layerSizes: [2, 1], weights: [[[2], [-1]]], title: "t")
        let text = MarkupWriter().render(diagram.svg(id: "n"))
        // |w| = 2 is the largest: width 0.8 + 3.2 = 4; |w| = 1: 0.8 + 1.6 = 2.4.
        #expect(text.contains("stroke=\"#0072B2\" stroke-width=\"4\""))
        #expect(text.contains("stroke=\"#D55E00\" stroke-width=\"2.4\""))
        // Both signs occur, no biases: both legend lines, no bias note.
        #expect(text.contains(">positive weight</text>") && text.contains(">negative weight</text>"))
        #expect(!text.contains("bias"))
    }

    @Test func legendShowsOnlyWhatTheNetworkHas() {
        let diagram = NetworkDiagram(layerSizes: [2, 3, 1], weights: [[[1, 2, 3], [4, 5, 6]], [[1], [2], [3]]],
                                     layerNames: ["inputs", "hidden", "output"], title: "t")
        let text = MarkupWriter().render(diagram.svg(id: "n"))
        #expect(text.contains(">positive weight</text>"))
        #expect(!text.contains(">negative weight<"))
        #expect(!text.contains("neuron fill"))
        // Sizes head their columns (y = 37), under the names (y = 20), never beside a neuron.
        #expect(text.contains("y=\"37\" text-anchor=\"middle\" font-size=\"12\">3 neurons</text>"))
        #expect(text.contains(">1 neuron</text>"))
        // Three neurons at most 56 apart: the figure is 54 + 15 + 112 + 15 + 30 + 30 = 256 units tall, not 400.
        #expect(text.hasPrefix("<svg viewBox=\"0 0 480 256\""))
    }

    @Test func outputThatIsNotAProbabilityIsLabelledWithItsRange() {
        // A tanh output over a 2×2 grid: −1, 0, 0.5, 1.
        let field = DecisionField(xRange: 0...1, yRange: 0...1, columns: 2, rows: 2,
                                  values: .output([-1, 0, 0.5, 1], range: -1...1, threshold: 0.5))
        let plot = DecisionBoundaryPlot(field: field, points: [], classNames: ["0", "1"], title: "t")
        let text = MarkupWriter().render(plot.svg(id: "b"))
        #expect(text.contains(">output ŷ</text>"))
        #expect(text.contains(">ŷ = 0.5</text>"))
        #expect(text.contains(">−1</text>"))
        #expect(!text.contains("P("))
        // −1 → 0, 0.5 → ½ (the threshold is the middle), 0 → ½·(0 + 1)/(0.5 + 1) = ⅓, 1 → 1.
        #expect(DecisionField.bandPosition(-1, range: -1...1, threshold: 0.5) == 0)
        #expect(DecisionField.bandPosition(0.5, range: -1...1, threshold: 0.5) == 0.5)
        #expect(abs(DecisionField.bandPosition(0, range: -1...1, threshold: 0.5) - 1.0 / 3) < 1e-12)
        #expect(DecisionField.bandPosition(1, range: -1...1, threshold: 0.5) == 1)
    }

    @Test func flatDataGetsAShortFigureNotAnEmptyFrame() {
        // x spans 1.1, y 0.617 (the moons data): equal units make the plot flat, and the figure follows it.
        let field = DecisionField(xRange: -0.05...1.05, yRange: 0.108...0.725, columns: 2, rows: 2,
                                  values: .classIndex([0, 1, 0, 1]))
        let plot = DecisionBoundaryPlot(field: field, points: [], classNames: ["0", "1"], title: "t")
        let text = MarkupWriter().render(plot.svg(id: "b"))
        // The plot is 480 − 64 − 18 − 104 = 294 wide, 294/1.78 = 165 tall; with axes the figure is 227.
        #expect(text.hasPrefix("<svg viewBox=\"0 0 480 227\""))
    }

    @Test func smallMultiplesDropColumnsBeforePanelsGetTooSmall() {
        let square = DecisionField(xRange: 0...1, yRange: 0...1, columns: 2, rows: 2, values: .classIndex([0, 1, 0, 1]))
        let flat = DecisionField(xRange: 0...1.78, yRange: 0...1, columns: 2, rows: 2, values: .classIndex([0, 1, 0, 1]))
        func multiples(_ field: DecisionField) -> SmallMultiples {
            SmallMultiples(panels: (0..<8).map { DecisionPanel(title: "epoch \($0)", field: field, points: []) },
                           classNames: ["0", "1"], columns: 4, title: "t")
        }
        // Square panels: 4 columns would be (480 − 64 − 42)/4 = 93.5 < 105, 3 columns 134.
        #expect(multiples(square).columnCount() == 3)
        // Panels 1.78 times as wide as tall: 3 columns would be 134/1.78 = 75 tall, 2 columns 206/1.78 = 116.
        #expect(multiples(flat).columnCount() == 2)
    }
}

@Suite struct DecisionRegionTests {
    let area = PlotArea(left: 0, top: 0, width: 100, height: 100)

    func paths(_ nodes: [Node]) -> [String] {
        nodes.compactMap { node in
            guard case .element(let element) = node, element.name == "path" else { return nil }
            return element.attributes.first { $0.name == "d" }?.value
        }
    }

    @Test func aHalfPlaneClassFieldGivesTwoRectanglesAndOneLine() {
        // 3 × 3 samples over a 100 × 100 area (samples 50 units apart), class 1 where i = 2:
        // the boundary is midway between i = 1 and i = 2, at x = 75.
        let field = DecisionField(xRange: 0...1, yRange: 0...1, columns: 3, rows: 3,
                                  values: .classIndex([0, 0, 1, 0, 0, 1, 0, 0, 1]))
        let d = paths(DecisionRegions(field: field, area: area).nodes())
        #expect(d.count == 3)
        // Class 0: x 0…75, class 1: x 75…100 (points along the sides are simplified away).
        #expect(d[0] == "M0 100l0 -100 75 0 0 100z")
        #expect(d[1] == "M100 100l-25 0 0 -100 25 0z")
        // The boundary x = 75, drawn once although both classes' outlines contain it
        // (the frame sides are left out).
        #expect(d[2] == "M75 0l0 100")
    }

    @Test func classProbabilitiesGiveRegionsConfidenceAndBoundary() {
        let field = Fixtures.spiralProbabilities(resolution: 40)
        let nodes = DecisionRegions(field: field, area: area).nodes()
        // Per class: the argmax region and the P ≥ 0.9 region; then one boundary path.
        #expect(paths(nodes).count == 7)
    }
}
