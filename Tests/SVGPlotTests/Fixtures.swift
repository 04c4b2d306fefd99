import Foundation
import Markup
@testable import SVGPlot

/// Synthetic inputs shaped like the lessons' data (computed, not stored).
enum Fixtures {
    /// A loss that decays from ~0.7 to ~1e-8 over 1000 epochs, like the XOR seed's log.
    static func decayingLosses(count: Int = 1000) -> [Double] {
        (0..<count).map { epoch in
            let t = Double(epoch) / Double(count)
            return 0.7 * exp(-18 * t) + 1e-8 * (1 + 0.3 * sin(Double(epoch)))
        }
    }

    /// A deterministic pseudo-random sequence in [0, 1) (a 64-bit LCG), for point clouds.
    struct Sequence {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// Three interleaved spiral arms, `perClass` points each, in [-1, 1]².
    static func spiral(perClass: Int) -> [LabeledPoint] {
        var random = Sequence(state: 42)
        var points: [LabeledPoint] = []
        for label in 0..<3 {
            for index in 0..<perClass {
                let radius = Double(index) / Double(perClass)
                let angle = Double(label) * 4 + radius * 4 + (random.next() - 0.5) * 0.4
                points.append(LabeledPoint(x: radius * sin(angle), y: radius * cos(angle), label: label))
            }
        }
        return points
    }

    /// The 200 × 200 spiral field, computed once (it takes a moment in debug builds).
    static let spiralField200 = computeSpiralField(resolution: 200)

    /// The class of the nearest spiral arm at every grid point (a 3-class field).
    static func spiralField(resolution: Int) -> DecisionField {
        resolution == 200 ? spiralField200 : computeSpiralField(resolution: resolution)
    }

    private static func computeSpiralField(resolution: Int) -> DecisionField {
        let arms = spiral(perClass: 120)
        var classes: [Int] = []
        for j in 0..<resolution {
            for i in 0..<resolution {
                let x = -1 + 2 * Double(i) / Double(resolution - 1)
                let y = -1 + 2 * Double(j) / Double(resolution - 1)
                var best = 0
                var bestDistance = Double.infinity
                for point in arms {
                    let distance = (point.x - x) * (point.x - x) + (point.y - y) * (point.y - y)
                    if distance < bestDistance {
                        bestDistance = distance
                        best = point.label
                    }
                }
                classes.append(best)
            }
        }
        return DecisionField(xRange: -1...1, yRange: -1...1, columns: resolution, rows: resolution, values: .classIndex(classes))
    }

    /// Per-class probabilities: softmax of −8 × (distance to the nearest point of each arm).
    static func spiralProbabilities(resolution: Int) -> DecisionField {
        let arms = spiral(perClass: 60)
        var rows: [[Double]] = []
        for j in 0..<resolution {
            for i in 0..<resolution {
                let x = -1 + 2 * Double(i) / Double(resolution - 1)
                let y = -1 + 2 * Double(j) / Double(resolution - 1)
                var nearest = [Double](repeating: .infinity, count: 3)
                for point in arms {
                    let distance = ((point.x - x) * (point.x - x) + (point.y - y) * (point.y - y)).squareRoot()
                    nearest[point.label] = min(nearest[point.label], distance)
                }
                let scores = nearest.map { exp(-8 * $0) }
                let total = scores.reduce(0, +)
                rows.append(scores.map { $0 / total })
            }
        }
        return DecisionField(xRange: -1...1, yRange: -1...1, columns: resolution, rows: resolution, values: .classProbabilities(rows))
    }

    /// P(class 1) = σ(4(x² + y² − 0.5)): a soft disc, like an XOR/circle network.
    static func discProbability(resolution: Int, sharpness: Double = 4) -> DecisionField {
        var values: [Double] = []
        for j in 0..<resolution {
            for i in 0..<resolution {
                let x = -1.5 + 3 * Double(i) / Double(resolution - 1)
                let y = -1.5 + 3 * Double(j) / Double(resolution - 1)
                values.append(1 / (1 + exp(-sharpness * (x * x + y * y - 1))))
            }
        }
        return DecisionField(xRange: -1.5...1.5, yRange: -1.5...1.5, columns: resolution, rows: resolution, values: .probability(values))
    }

    static func circlePoints(count: Int) -> [LabeledPoint] {
        var random = Sequence(state: 7)
        return (0..<count).map { _ in
            let x = random.next() * 3 - 1.5
            let y = random.next() * 3 - 1.5
            let noisy = x * x + y * y + (random.next() - 0.5) * 0.3
            return LabeledPoint(x: x, y: y, label: noisy > 1 ? 1 : 0)
        }
    }

    static func sampleFigures() -> [(String, Node)] {
        let losses = decayingLosses()
        var figures: [(String, Node)] = [
            ("loss-log", lossCurve(losses, markers: [VerticalMarker(x: 990, label: "best epoch")]).svg(id: "f1")),
            ("loss-linear", LinePlot(series: [
                Series(name: "training", values: losses.map { $0 + 0.02 }),
                Series(name: "validation", values: losses.map { $0 * 1.2 + 0.05 }),
            ], xLabel: "epoch", yLabel: "loss", title: "Loss").svg(id: "f2")),
            ("accuracy", LinePlot(series: [
                Series(name: "training accuracy", values: losses.map { 1 - $0 / 1.4 }),
                Series(name: "validation accuracy", values: losses.map { 0.95 - $0 / 1.6 }),
            ], xLabel: "epoch", yLabel: "accuracy", title: "Accuracy",
               markers: [VerticalMarker(x: 400, label: "learning rate halved")]).svg(id: "f10")),
            ("loss-constant", lossCurve([0.25, 0.25, 0.25], yScale: .linear).svg(id: "f3")),
        ]
        figures.append(("spiral", DecisionBoundaryPlot(
            field: spiralField(resolution: 200), points: spiral(perClass: 333),
            classNames: ["arm A", "arm B", "arm C"], title: "Spiral classes").svg(id: "f4")))
        figures.append(("disc", DecisionBoundaryPlot(
            field: discProbability(resolution: 120), points: circlePoints(count: 300),
            classNames: ["inside", "outside"], title: "Circle").svg(id: "f5")))
        figures.append(("spiral-soft", DecisionBoundaryPlot(
            field: spiralProbabilities(resolution: 100), points: spiral(perClass: 100),
            classNames: ["arm A", "arm B", "arm C"], title: "Spiral, softmax").svg(id: "f9")))
        let panels = [0.5, 1, 2, 4, 8, 16].map { sharpness in
            DecisionPanel(title: "epoch \(Int(sharpness * 250))", field: discProbability(resolution: 60, sharpness: sharpness),
                          points: circlePoints(count: 300))
        }
        figures.append(("multiples", SmallMultiples(panels: panels, classNames: ["inside", "outside"], columns: 3,
                                                    title: "Decision boundary during training").svg(id: "f6")))
        figures.append(("network-xor", NetworkDiagram(
            layerSizes: [2, 3, 1], weights: [[[4.1, -3.2, 0.5], [4.0, -3.3, -0.2]], [[6.2], [-7.1], [0.3]]],
            biases: [[-1.9, 4.8, 0.1], [-2.5]], title: "XOR network").svg(id: "f7")))
        var random = Sequence(state: 3)
        let sizes = [784, 16, 10]
        let weights = (0..<2).map { layer in
            (0..<sizes[layer]).map { _ in (0..<sizes[layer + 1]).map { _ in (random.next() - 0.5) * 2 } }
        }
        let deep = [2, 8, 8, 8, 3]
        let deepWeights = (0..<4).map { layer in
            (0..<deep[layer]).map { _ in (0..<deep[layer + 1]).map { _ in (random.next() - 0.5) * 4 } }
        }
        let deepBiases = (1..<5).map { layer in (0..<deep[layer]).map { _ in random.next() - 0.5 } }
        figures.append(("network-deep", NetworkDiagram(layerSizes: deep, weights: deepWeights, biases: deepBiases,
                                                       title: "Spiral network").svg(id: "f11")))
        figures.append(("network-mnist", NetworkDiagram(layerSizes: sizes, weights: weights, title: "MNIST MLP").svg(id: "f8")))
        return figures
    }
}

/// One series of losses at epochs `1…n`, as `{plot loss}` draws a single training.
func lossCurve(_ losses: [Double], yScale: ScaleKind = .log, markers: [VerticalMarker] = []) -> LinePlot {
    LinePlot(series: [Series(name: "loss", values: losses)], xLabel: "epoch", yLabel: "loss",
             yScale: yScale, title: "Training loss", markers: markers)
}
