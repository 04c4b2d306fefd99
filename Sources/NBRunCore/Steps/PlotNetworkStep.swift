import NeuralEngine
import NotebookKit
import SVGPlot

/// `{plot network}`: the model as a diagram, weights drawn as lines.
struct PlotNetworkStep: NotebookStep {
    static let name = "plot network"
    static let example = """
        caption: The network after training.
        """
    static let summary = "Draws the model as layers of neurons joined by lines whose width shows a weight's size and whose colour shows its sign."

    struct Options: StepOptionList {
        let which = StepOption("which", .choice(ParameterMoment.self), default: .current, "Draw the current weights or those the model started from.")
        let caption = OptionalStepOption("caption", .inlineMarkdown, "The figure's caption (Markdown, may contain math).")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        var network = model.network
        switch options[\.which] {
        case .current: break
        case .initial: network.parameters = model.initialParameters
        }
        // The dense layers after the last other layer with parameters (a convolution): the
        // diagram draws neurons and weights; what comes before is summarised as its features.
        let parameterised = network.parameterisedLayers
        let firstDrawn = (parameterised.lastIndex { network.spec.layers[$0.index].kind != "dense" } ?? -1) + 1
        let drawn = Array(parameterised.indices.dropFirst(firstDrawn))
        guard let first = drawn.first else {
            throw .error("the diagram draws dense layers, and this model ends without one; see the model's table instead",
                         at: options.step.nameLocation, length: name.utf8.count)
        }
        var sizes = [parameterised[first].input.count]
        var weights: [[[Double]]] = []
        var biases: [[Double]] = []
        for index in drawn {
            let outputs = parameterised[index].output.count
            sizes.append(outputs)
            weights.append(network.weights(layer: index).nestedRows)
            let bias = network.bias(layer: index)
            biases.append(bias.count == outputs ? bias : Array(repeating: bias.first ?? 0, count: outputs))
        }
        var names = [firstDrawn == 0 ? "inputs" : "features"]
        for index in 1..<sizes.count { names.append(index == sizes.count - 1 ? "output" : "hidden \(index)") }
        let number = context.nextFigureNumber()
        let diagram = NetworkDiagram(
            layerSizes: sizes, weights: weights, biases: biases, layerNames: names,
            title: "Figure \(number): the \(sizes.map(String.init).joined(separator: "–")) network")
        return [.figure(FigureResult(number: number, svg: diagram.svg(id: "fig\(number)"), caption: options[\.caption],
                                     slug: "network", alternative: "diagram of the network's layers and weights"))]
    }
}
