import Numerals
import NeuralEngine
import NotebookKit

/// `{trace}`: one forward and backward pass, every intermediate as a table.
struct TraceStep: NotebookStep {
    static let name = "trace"
    static let example = """
        loss: half-mse
        reduction: sum
        learning-rate: 0.01
        """
    static let summary = "Shows one forward and backward pass on the data as tables: every linear transform, activation, the error, each partial derivative and each gradient, with its shape and its name in mathematical notation; optionally applies one gradient-descent update."

    struct Options: StepOptionList {
        let loss = StepOption("loss", .choice(LossName.self), default: .mse, "The error function.")
        let reduction = StepOption("reduction", .choice(ReductionChoice.self), default: .mean,
                               "Gradient of the mean or of the sum of the per-sample errors (seed 003: `sum`).")
        let learningRate = OptionalStepOption("learning-rate", .positiveNumber, aliases: ["lr"],
                                          "Apply one update θ ← θ − η ∂E/∂θ with this rate and show the new weights.")
        let precision = StepOption("precision", .integer(0...12), default: 8, "Decimals shown.")
        let compareSoftmax = StepOption("compare-softmax", .boolean, default: true,
                                    "For a softmax output with cross-entropy, also compute the gradient through the softmax Jacobian and show that it equals the combined form (ŷ − y)/n.")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let data = try context.requireData(at: options.step.nameLocation, for: name)
        var model = try context.requireModel(at: options.step.nameLocation, for: name)
        let loss = options[\.loss].loss
        let reduction = options[\.reduction].reduction
        let precision = options[\.precision]
        try ShapeCheck.check(model.network, data: data.train, loss: loss, lossAt: options.keyLocation(\.loss),
                             stepAt: options.step.nameLocation)
        let trace = model.network.trace(x: data.train.x, y: data.train.y, loss: loss, reduction: reduction)
        var parts: [ResultPart] = [.text("**Forward pass.** Rows are samples, so $X$ is samples × features.")]
        var backward = false
        var previousSymbol = ""
        for entry in trace.entries {
            // A layer's input is the previous layer's activation: shown once, as the activation.
            defer { previousSymbol = entry.symbol }
            if entry.quantity == .layerInput && entry.symbol == previousSymbol { continue }
            if !backward, entry.quantity == .outputGradient {
                parts.append(.metrics([Metric("error $E$ (mean over samples)", .number(trace.loss, .significant(6)))]))
                parts.append(.text("**Backward pass**, from the error back to the first layer."))
                backward = true
            }
            parts.append(.matrix(NamedMatrix(
                texName: tex(entry.symbol), description: InlineMarkdown(generated: words(entry.quantity)),
                rows: entry.value.rows, columns: entry.value.columns, values: entry.value.elements, precision: precision)))
        }
        if options[\.compareSoftmax], loss == .crossEntropy, endsWithSoftmax(model.network) {
            let separate = model.network.trace(x: data.train.x, y: data.train.y, loss: loss, reduction: reduction,
                                               fuseSoftmaxCrossEntropy: false)
            var largest = 0.0
            for (a, b) in zip(trace.gradient, separate.gradient) { largest = max(largest, abs(a - b)) }
            parts.append(.callout(Callout(largest < 1e-9 ? .success : .warning,
                "The gradient through the softmax Jacobian and the cross-entropy derivative $-y/\\hat{y}$ equals the combined form $(\\hat{y} - y)/n$: the largest difference over all \(model.network.parameterCount) parameters is \(NumberStyle.scientific(1).format(largest)).")))
        }
        if let rate = options[\.learningRate] {
            model.network.descend(along: trace.gradient, learningRate: rate)
            context.model = model
            parts.append(.text("**One update** with $\\eta = \(rate)$: $W \\leftarrow W - \\eta \\, \\frac{\\partial E}{\\partial W}$."))
            parts += WeightsStep.matrices(of: model.network, precision: precision).map { matrix in
                var updated = matrix
                updated.description = "after one update"
                return .matrix(updated)
            }
        }
        return parts
    }

    static func endsWithSoftmax(_ network: Network) -> Bool {
        if network.spec.layers.last?.activation == .softmax { return true }
        return false
    }

    /// `Z1` → `Z_{1}`, `∂E/∂W1` → `\frac{\partial E}{\partial W_{1}}`, `f′(Z2)` → `f'(Z_{2})`.
    static func tex(_ symbol: String) -> String {
        func subscripted(_ name: String) -> String {
            guard let first = name.firstIndex(where: \.isNumber), first != name.startIndex else { return name }
            return "\(name[..<first])_{\(name[first...])}"
        }
        if symbol.hasPrefix("∂E/∂") {
            return "\\frac{\\partial E}{\\partial \(subscripted(String(symbol.dropFirst(4))))}"
        }
        if symbol.hasPrefix("f′("), symbol.hasSuffix(")") {
            return "f'(\(subscripted(String(symbol.dropFirst(3).dropLast()))))"
        }
        return subscripted(symbol)
    }

    static func words(_ quantity: TraceQuantity) -> String {
        switch quantity {
        case .layerInput: "input of the layer"
        case .linearTransform: "linear transform (input × weights)"
        case .activationOutput: "activation"
        case .sampleLoss: "error of each sample"
        case .outputGradient: "derivative of the error with respect to the output"
        case .activationDerivative: "derivative of the activation"
        case .linearTransformGradient: "gradient at the linear transform"
        case .weightGradient: "gradient of the weights"
        case .biasGradient: "gradient of the biases"
        case .inputGradient: "gradient passed to the layer before"
        }
    }
}
