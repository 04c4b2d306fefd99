import Foundation
import Testing
@testable import NBRunCore

/// Runs notebooks/xor.md end to end and checks what the report shows.
@Suite struct EndToEndTests {
    static let output: String = {
        let directory = temporaryDirectory()
        let result = runNotebooks(["notebooks/xor.md"], output: directory)
        precondition(result.status == 0, "xor.md failed:\n\(result.diagnostics)")
        return directory
    }()

    var report: String { contents(Self.output + "/xor.html") }

    @Test func writesTheReportAndItsFiguresAndExports() {
        let written = files(under: Self.output)
        #expect(written.contains("xor.html"))
        #expect(written.filter { $0.hasPrefix("xor/figure-") && $0.hasSuffix(".svg") }.count == 3)
        #expect(written.contains("xor/training-1.json"))
        #expect(written.contains("xor/training-1-history.csv"))
    }

    @Test func reportIsSelfContained() {
        #expect(report.hasPrefix("<!DOCTYPE html>"))
        #expect(!report.contains("<script"))
        #expect(!report.contains("http://") && !report.contains("https://"), "no network access of any kind")
        #expect(report.contains("<style>"))
    }

    @Test func reportShowsTitleProseAndAnchors() {
        #expect(report.contains("<title>Learning XOR with layers you can read</title>"))
        #expect(report.contains("<h2 id=\"the-dense-layer\">The dense layer</h2>"))
    }

    @Test func mathIsTypesetAsMathML() {
        #expect(report.contains("<math display=\"block\""))
        #expect(report.contains("<annotation encoding=\"application/x-tex\">"))
        // The boxed gradient formula of the dense layer survives, with its source kept.
        #expect(report.contains("\\frac{\\partial E}{\\partial W} = \\frac{\\partial E}{\\partial Y}\\, X^{\\top}"))
        #expect(!report.contains("class=\"math-error\""), "every formula of the lesson converts")
    }

    @Test func stepsShowTheirSourceCollapsed() {
        #expect(report.contains("<details"))
        #expect(report.contains("dense 2 -&gt; 3"))
    }

    @Test func xorIsLearned() throws {
        // The predictions table: the four XOR cases, each "✓" (output on the correct side of 0.5).
        let predictions = try #require(report.range(of: "The four XOR cases after training."))
        let after = report[predictions.lowerBound...]
        let section = after[..<(after.range(of: "</section>")?.upperBound ?? after.endIndex)]
        #expect(section.components(separatedBy: "<td>✓</td>").count - 1 == 4)
        #expect(!section.contains("✗"))
        #expect(section.contains("4 of 4 correct (100.0%)."))
    }

    @Test func exportHasTheTrainedParameters() throws {
        let json = contents(Self.output + "/xor/training-1.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "nbrun-parameters")
        let parameters = try #require(object["parameters"] as? [Double])
        // 2×3 weights + 3 biases + 3×1 weights + 1 bias (seed 001's Dense(2, 3), Dense(3, 1)).
        #expect(parameters.count == 13)
        let history = try #require(object["history"] as? [String: Any])
        let losses = try #require(history["losses"] as? [Double])
        #expect(losses.count == 1000)
        #expect(losses.last! < 0.01, "XOR is learned: final mean squared error below 0.01")
        let layers = try #require(object["layers"] as? [[String: Any]])
        #expect(layers.map { $0["kind"] as? String } == ["dense", "activation", "dense", "activation"])
        let csv = contents(Self.output + "/xor/training-1-history.csv")
        #expect(csv.hasPrefix("epoch,loss\n0,"))
        #expect(csv.split(separator: "\n").count == 1002, "a header, the initial loss and 1000 epochs")
    }

    @Test func rerunIsByteIdentical() {
        let second = temporaryDirectory()
        let result = runNotebooks(["notebooks/xor.md"], output: second)
        #expect(result.status == 0)
        let names = files(under: Self.output)
        #expect(names == files(under: second))
        for name in names {
            #expect(FileManager.default.contentsEqual(atPath: Self.output + "/" + name, andPath: second + "/" + name),
                    "\(name) differs between two runs")
        }
    }

    @Test func anotherSeedGivesOtherWeights() {
        let other = temporaryDirectory()
        let result = runNotebooks(["notebooks/xor.md"], output: other) { $0.seed = 12345 }
        #expect(result.status == 0)
        #expect(contents(other + "/xor/training-1.json") != contents(Self.output + "/xor/training-1.json"))
    }
}
