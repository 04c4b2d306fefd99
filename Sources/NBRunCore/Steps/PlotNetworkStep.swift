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
        var sizes = [network.inputCount]
        var weights: [[[Double]]] = []
        var biases: [[Double]] = []
        for (index, layer) in network.denseLayers.enumerated() {
            sizes.append(layer.outputs)
            weights.append(network.weights(layer: index).nestedRows)
            let bias = network.bias(layer: index)
            switch layer.bias {
            case .perNeuron: biases.append(bias)
            case .shared: biases.append(Array(repeating: bias[0], count: layer.outputs))
            case .none: biases.append(Array(repeating: 0, count: layer.outputs))
            }
        }
        var names = ["inputs"]
        for index in 1..<sizes.count { names.append(index == sizes.count - 1 ? "output" : "hidden \(index)") }
        let number = context.nextFigureNumber()
        let diagram = NetworkDiagram(
            layerSizes: sizes, weights: weights, biases: biases, layerNames: names,
            title: "Figure \(number): the \(sizes.map(String.init).joined(separator: "–")) network")
        return [.figure(FigureResult(number: number, svg: diagram.svg(id: "fig\(number)"), caption: options[\.caption],
                                     slug: "network", alternative: "diagram of the network's layers and weights"))]
    }
}
