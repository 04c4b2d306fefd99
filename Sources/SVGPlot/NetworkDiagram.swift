import Foundation
import Markup

/// A fully connected network drawn as columns of neurons joined by its weights.
///
/// A connection's stroke width is `0.8 + 3.2·|w| / max|w|` (the maximum over every drawn
/// weight of every layer), fully opaque so a weak weight still shows against a dark page,
/// blue for `w > 0` and vermillion for `w < 0` (Okabe–Ito, colour-blind safe);
/// stronger connections are drawn last, on top. With `biases`, a neuron's fill shows its
/// bias the same way. A layer with more than `maxNeuronsShown` neurons shows its first and
/// last few, a "⋮" and its full count; connections of hidden neurons are not drawn.
public struct NetworkDiagram: Sendable {
    public var layerSizes: [Int]
    /// `weights[l][i][j]`: from neuron `i` of layer `l` to neuron `j` of layer `l + 1`.
    public var weights: [[[Double]]]
    /// `biases[l][j]`: bias of neuron `j` of layer `l + 1`.
    public var biases: [[Double]]?
    public var layerNames: [String]
    public var title: String
    public var description: String?
    public var maxNeuronsShown: Int

    public static let width = 480

    /// - Precondition: `weights` has one `layerSizes[l] × layerSizes[l+1]` matrix per pair of layers.
    public init(
        layerSizes: [Int], weights: [[[Double]]], biases: [[Double]]? = nil, layerNames: [String] = [],
        title: String, description: String? = nil, maxNeuronsShown: Int = 12
    ) {
        precondition(layerSizes.count >= 2 && layerSizes.allSatisfy { $0 >= 1 }, "a network needs two layers or more")
        precondition(weights.count == layerSizes.count - 1, "one weight matrix per pair of layers")
        for (layer, matrix) in weights.enumerated() {
            precondition(matrix.count == layerSizes[layer] && matrix.allSatisfy { $0.count == layerSizes[layer + 1] },
                         "weights[\(layer)] must be \(layerSizes[layer])×\(layerSizes[layer + 1])")
        }
        if let biases {
            precondition(biases.count == weights.count && zip(biases, layerSizes.dropFirst()).allSatisfy { $0.count == $1 })
        }
        precondition(maxNeuronsShown >= 3)
        self.layerSizes = layerSizes
        self.weights = weights
        self.biases = biases
        self.layerNames = layerNames
        self.title = title
        self.description = description
        self.maxNeuronsShown = maxNeuronsShown
    }

    /// The neurons drawn for a layer of `size`: all of them, or the first and last few
    /// around one elided slot (`nil`).
    func shownNeurons(_ size: Int) -> [Int?] {
        guard size > maxNeuronsShown else { return (0..<size).map { $0 } }
        let head = (maxNeuronsShown - 1) / 2 + (maxNeuronsShown - 1) % 2
        let tail = maxNeuronsShown - 1 - head
        return (0..<head).map { $0 } + [nil] + ((size - tail)..<size).map { $0 }
    }

    var names: [String] {
        layerSizes.indices.map { layer in
            if layer < layerNames.count { return layerNames[layer] }
            if layer == 0 { return "input" }
            if layer == layerSizes.count - 1 { return "output" }
            return layerSizes.count == 3 ? "hidden" : "hidden \(layer)"
        }
    }

    /// The figure; `id` prefixes its internal ids.
    ///
    /// Each column is headed by the layer's name and, on a second line, its size
    /// ("3 neurons"), so no number sits next to a neuron. The height follows the tallest
    /// column (at most 56 units between neurons), so a small network gets a short figure.
    public func svg(id: String) -> Node {
        let left = 56.0
        let right = Double(Self.width) - 56
        let columnSpacing = (right - left) / Double(layerSizes.count - 1)
        let slots = layerSizes.map(shownNeurons)
        let mostSlots = Double(slots.map(\.count).max()!)
        let rowSpacing = min(56, 300 / max(1, mostSlots - 1))
        let radius = min(15, rowSpacing * 0.36, columnSpacing * 0.12)
        let top = 54 + radius
        let span = (mostSlots - 1) * rowSpacing
        func position(layer: Int, slot: Int) -> PixelPoint {
            let count = Double(slots[layer].count)
            let middle = top + span / 2
            return PixelPoint(left + Double(layer) * columnSpacing, middle + (Double(slot) - (count - 1) / 2) * rowSpacing)
        }

        var drawn: [(magnitude: Double, weight: Double, from: PixelPoint, to: PixelPoint)] = []
        for layer in weights.indices {
            for (fromSlot, from) in slots[layer].enumerated() {
                guard let from else { continue }
                for (toSlot, to) in slots[layer + 1].enumerated() {
                    guard let to else { continue }
                    let weight = weights[layer][from][to]
                    guard weight.isFinite else { continue }
                    drawn.append((abs(weight), weight, position(layer: layer, slot: fromSlot), position(layer: layer + 1, slot: toSlot)))
                }
            }
        }
        let largest = drawn.map(\.magnitude).max() ?? 0
        // A stable sort keeps drawing order (layer, from, to) among equal magnitudes.
        let ordered = drawn.enumerated().sorted { ($0.element.magnitude, $0.offset) < ($1.element.magnitude, $1.offset) }
        var connections: [Node] = []
        for (_, connection) in ordered where largest > 0 && connection.magnitude > 0 {
            let strength = connection.magnitude / largest
            let dx = connection.to.x - connection.from.x
            let dy = connection.to.y - connection.from.y
            let length = (dx * dx + dy * dy).squareRoot()
            let ux = dx / length * radius
            let uy = dy / length * radius
            connections.append(.element("line", [
                "class": connection.weight > 0 ? "nb-pos" : "nb-neg",
                "x1": PlotNumber.coordinate(connection.from.x + ux), "y1": PlotNumber.coordinate(connection.from.y + uy),
                "x2": PlotNumber.coordinate(connection.to.x - ux), "y2": PlotNumber.coordinate(connection.to.y - uy),
                "stroke": connection.weight > 0 ? Palette.positive : Palette.negative,
                "stroke-width": PlotNumber.fixed(0.8 + 3.2 * strength, decimals: 2),
            ]))
        }

        let largestBias = biases.map { $0.flatMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0 } ?? 0
        var filledNeurons = 0
        var neurons: [Node] = []
        var elisions: [Node] = []
        var labels: [Node] = []
        for (layer, layerSlots) in slots.enumerated() {
            for (slot, neuron) in layerSlots.enumerated() {
                let center = position(layer: layer, slot: slot)
                guard let neuron else {
                    elisions.append(.element("text", [
                        "x": PlotNumber.coordinate(center.x), "y": PlotNumber.coordinate(center.y + 5),
                        "text-anchor": "middle", "font-size": "16",
                    ], [.text("⋮")]))
                    continue
                }
                var attributes = [
                    Attribute("cx", PlotNumber.coordinate(center.x)), Attribute("cy", PlotNumber.coordinate(center.y)),
                    Attribute("r", PlotNumber.coordinate(radius)),
                ]
                if layer > 0, let bias = biases?[layer - 1][neuron], bias.isFinite, largestBias > 0, bias != 0 {
                    filledNeurons += 1
                    attributes.insert(Attribute("class", bias > 0 ? "nb-pos" : "nb-neg"), at: 0)
                    attributes.append(Attribute("fill", bias > 0 ? Palette.positive : Palette.negative))
                    attributes.append(Attribute("fill-opacity", PlotNumber.fixed(0.1 + 0.7 * abs(bias) / largestBias, decimals: 2)))
                } else {
                    attributes.append(Attribute("fill", "none"))
                }
                neurons.append(.element("circle", attributes: attributes))
            }
            let x = PlotNumber.coordinate(position(layer: layer, slot: 0).x)
            labels.append(.element("text", ["x": x, "y": "20", "text-anchor": "middle", "font-weight": "bold"],
                                   [.text(names[layer])]))
            let size = layerSizes[layer]
            let noun = size == 1 ? "neuron" : "neurons"
            let count = size > maxNeuronsShown ? "\(size) \(noun), \(maxNeuronsShown - 1) shown" : "\(size) \(noun)"
            labels.append(.element("text", ["x": x, "y": "37", "text-anchor": "middle", "font-size": "12"],
                                   [.text(count)]))
        }
        var content: [Node] = [.element("g", [:], connections)]
        content.append(.element("g", ["stroke": Palette.ink, "stroke-width": "1.2"], neurons))
        content.append(.element("g", [:], elisions + labels))
        let legendTop = top + span + radius + 30
        content.append(legend(largest: largest, top: legendTop, showsBias: filledNeurons > 0,
                              signs: (drawn.contains { $0.weight > 0 }, drawn.contains { $0.weight < 0 })))
        return SVGDocument.root(id: id, width: Self.width, height: Int((legendTop + 30).rounded(.up)), title: title,
                                description: description ?? summary(largest: largest), content: content)
    }

    /// Only what the figure shows: a line per weight sign that occurs, then what width
    /// (and, when neurons are filled, fill) means, on its own line.
    private func legend(largest: Double, top: Double, showsBias: Bool, signs: (positive: Bool, negative: Bool)) -> Node {
        var nodes: [Node] = []
        var x = 56.0
        let entries = [(signs.positive, Palette.positive, "nb-pos", "positive weight"),
                       (signs.negative, Palette.negative, "nb-neg", "negative weight")]
        for (shown, color, className, text) in entries where shown {
            var line = PathData()
            line.addPolyline([PixelPoint(x, top - 4), PixelPoint(x + 22, top - 4)])
            nodes.append(.element("path", ["class": className, "d": line.text, "stroke": color, "stroke-width": "3", "fill": "none"]))
            nodes.append(.element("text", ["x": PlotNumber.coordinate(x + 28), "y": PlotNumber.coordinate(top)], [.text(text)]))
            x += 150
        }
        var note = "line width ∝ |w|, largest |w| = " + PlotNumber.compact(largest)
        if showsBias { note += "; neuron fill: bias" }
        nodes.append(.element("text", ["x": "56", "y": PlotNumber.coordinate(top + 20)], [.text(note)]))
        return .element("g", ["font-size": "12"], nodes)
    }

    private func summary(largest: Double) -> String {
        let shape = zip(names, layerSizes).map { "\($0) (\($1))" }.joined(separator: " → ")
        return "Diagram of a fully connected network: \(shape). Lines join neurons of neighbouring layers; "
            + "blue for positive and vermillion for negative weights, wider for larger magnitudes "
            + "(largest |w| = \(PlotNumber.compact(largest)))."
    }
}
