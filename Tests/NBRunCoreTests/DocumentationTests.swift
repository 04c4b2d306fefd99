import Foundation
import NotebookKit
import Testing
@testable import NBRunCore

/// docs/notebook-format.md stays true: its step reference is exactly what the steps
/// declare, and every step's example passes that step's own option checks.
@Suite struct DocumentationTests {
    @Test func stepReferenceInTheDocsMatchesTheSteps() throws {
        let document = contents("\(packageRoot)/docs/notebook-format.md")
        let generated = StepReference.markdown()
        if Golden.docs.isRecording {
            let start = try #require(document.range(of: StepReference.beginMarker))
            let end = try #require(document.range(of: StepReference.endMarker + "\n"))
            let updated = String(document[..<start.lowerBound]) + generated + String(document[end.upperBound...])
            try Golden.docs.record(updated, to: "\(packageRoot)/docs/notebook-format.md")
            return
        }
        #expect(document.contains(generated), "run `make docs` to regenerate the step reference")
    }

    @Test func everyStepIsDocumentedWithItsOptions() {
        let document = contents("\(packageRoot)/docs/notebook-format.md")
        for kind in StepRegistry.all {
            #expect(document.contains("### {\(kind.name)}"))
            for option in kind.options {
                #expect(document.contains("| `\(option.name)`"), "option \(option.name) of {\(kind.name)} is not documented")
            }
        }
    }

    @Test(arguments: StepRegistry.names)
    func exampleOfEveryStepIsValid(_ name: String) throws {
        let kind = try #require(StepRegistry.all.first { $0.name == name })
        let markdown = "```{\(name)}\n\(kind.example)\n```\n"
        let notebook = try NotebookParser().parse(markdown, path: "example.md")
        let step = try #require(notebook.steps.first)
        let options = try StepOptions(step: step, specs: kind.options, parameters: Parameters(), selector: kind.selector,
                                      acceptsItems: kind.acceptsItems)
        // Every option given in the example parses as its declared kind.
        for spec in kind.options where options.has(spec.name) {
            switch spec.kind {
            case .number, .positiveNumber, .fraction: _ = try options.number(spec.name)
            case .integer: _ = try options.integer(spec.name)
            case .boolean: _ = try options.boolean(spec.name)
            case .choice: _ = try options.choice(spec.name)
            case .integerList: _ = try options.integerList(spec.name, in: 0...Int.max)
            case .numberList: _ = try options.numberList(spec.name)
            case .matrix: _ = try options.matrix(spec.name)
            case .initializer: _ = try InitializerSyntax.parse(options.value(spec.name)!)
            case .text, .path: break
            }
        }
        for item in options.items {
            _ = try LayerSyntax.parse(item)
        }
    }
}
