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
            for option in kind.optionInfos {
                #expect(document.contains("| `\(option.name)`"), "option \(option.name) of {\(kind.name)} is not documented")
            }
        }
    }

    /// Every step declares its options once: no name or alias twice, and the declarations
    /// found by reflection are all the stored options of the step's Options struct.
    @Test func everyOptionNameIsDeclaredOnce() {
        for kind in StepRegistry.all {
            let names = kind.optionInfos.flatMap(\.allNames)
            #expect(Set(names).count == names.count, "{\(kind.name)} declares a name twice: \(names)")
            #expect(!kind.optionInfos.isEmpty, "{\(kind.name)}: no options found in its Options struct")
        }
    }

    @Test(arguments: StepRegistry.names)
    func exampleOfEveryStepIsValid(_ name: String) throws {
        let markdown = "```{\(name)}\n\(try #require(StepRegistry.all.first { $0.name == name }).example)\n```\n"
        let notebook = try NotebookParser().parse(markdown, path: "example.md")
        let step = try #require(notebook.steps.first)
        // Reads every option of the example as its declared type, and the layer lines.
        _ = try StepRegistry.prepare(step, parameters: Parameters())
    }
}
