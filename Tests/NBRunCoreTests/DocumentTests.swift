import Foundation
import NotebookKit
import Testing
@testable import NBRunCore

/// The renderer seam: running a notebook yields a NotebookDocument of values (prose as
/// Markdown and pieces, step results, attachments), which the HTML page renders.
@Suite(.serialized) struct DocumentTests {
    static func document(_ path: String) throws -> NotebookDocument {
        _ = packageRoot
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let execution = NotebookExecution(path: path, configuration: RunConfiguration(notebooks: [path], quiet: true),
                                          progress: ProgressReporter(mode: .quiet))
        return try execution.document(text: text).result.get()
    }

    @Test func xorDocumentHoldsProseMarkdownStepsAndExports() throws {
        let document = try Self.document("notebooks/xor.md")
        #expect(document.metadata.title == "Learning XOR with layers you can read")
        #expect(document.metadata.stem == "xor")
        #expect(document.metadata.displayName == "notebooks/xor.md")
        // The front matter ends on line 11 of notebooks/xor.md; a blank line, then the prose on line 13.
        guard case .prose(let first)? = document.blocks.first else {
            Issue.record("the document starts with prose")
            return
        }
        #expect(first.location.line == 13)
        #expect(first.markdown.hasPrefix("A neural network is a chain of simple functions."))
        #expect(first.markdown.contains("$$\\hat{y} = \\operatorname{network}(x, \\omega)$$"))
        #expect(!first.markdown.contains("```{"), "prose Markdown stops at the first step")
        let steps = document.blocks.compactMap { block -> String? in
            if case .step(let step) = block { return step.name }
            return nil
        }
        #expect(steps.count == 9)
        #expect(steps.first == "dataset")
        #expect(document.attachments.map(\.name) == ["training-1.json", "training-1-history.csv"])
        #expect(document.run.random.seed == 7, "xor.md's front matter says seed: 7")
        #expect(document.run.parameters.map(\.name) == ["learning-rate", "epochs"])
    }

    @Test func everyProseBlockKeepsItsOwnMarkdown() throws {
        let document = try Self.document("notebooks/xor.md")
        let text = try String(contentsOfFile: "notebooks/xor.md", encoding: .utf8)
        for block in document.blocks {
            guard case .prose(let prose) = block else { continue }
            #expect(!prose.markdown.isEmpty)
            #expect(text.contains(prose.markdown), "each block's Markdown is a stretch of the notebook")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let firstLine = prose.markdown.split(separator: "\n", omittingEmptySubsequences: false)[0]
            #expect(lines[prose.location.line - 1] == firstLine)
        }
    }

    @Test func outputLayoutNamesEveryFile() {
        let layout = OutputLayout(directory: "site/")
        #expect(layout.reportPath(stem: "xor") == "xor.html")
        #expect(layout.figurePath(stem: "xor", number: 2, slug: "loss") == "xor/figure-2-loss.svg")
        #expect(layout.attachmentPath("training-1.json", stem: "xor") == "xor/training-1.json")
        #expect(layout.indexPath == "index.html")
        #expect(layout.fileSystemPath("xor.html") == "site/xor.html")
        #expect(OutputLayout(directory: ".").fileSystemPath("xor.html") == "xor.html")
    }

    @Test(arguments: [
        ("notebooks/xor.md", "/home/t/course", "notebooks/xor.md"),
        ("./notebooks/../notebooks/xor.md", "/home/t/course", "notebooks/xor.md"),
        ("/home/t/course/lessons/x.md", "/home/t/course", "lessons/x.md"),
        ("/home/teacher/private/x.md", "/home/t/course", "x.md"),
        ("../other/x.md", "/home/t/course", "x.md"),
    ])
    func footerNamesTheNotebookWithoutLeakingPaths(_ path: String, _ workingDirectory: String, _ expected: String) {
        #expect(SourceName.display(path, workingDirectory: workingDirectory) == expected)
    }

    /// `nbrun /tmp/…/x.md` publishes `x.md`, not the absolute path.
    @Test func pageOfANotebookOutsideTheWorkingDirectoryNamesItsFileOnly() throws {
        let directory = temporaryDirectory()
        let notebook = directory + "/lesson.md"
        try "# A lesson\n\nSome prose.\n".write(toFile: notebook, atomically: true, encoding: .utf8)
        let output = temporaryDirectory()
        let run = runNotebooks([notebook], output: output)
        #expect(run.status == 0, "\(run.diagnostics)")
        let page = contents(output + "/lesson.html")
        #expect(page.contains("from lesson.md. No scripts"))
        #expect(!page.contains(directory))
    }
}

/// Inline Markdown in options is parsed at its own place in the notebook.
@Suite struct CaptionLocationTests {
    /// A formula that cannot be typeset in a caption on line 12 is reported there (it used
    /// to be reported at line 1, column 15 of the caption text).
    @Test func brokenFormulaInACaptionIsReportedAtTheCaption() throws {
        let directory = temporaryDirectory()
        let notebook = directory + "/cap.md"
        try """
        ```{dataset}
        from: xor
        ```

        ```{model}
        dense 2 -> 1
        ```

        Some prose.

        ```{weights}
        caption: The weights $\\frac{1}$ here.
        ```

        """.write(toFile: notebook, atomically: true, encoding: .utf8)
        let run = runNotebooks([notebook], output: temporaryDirectory())
        #expect(run.status == 0, "a formula that cannot be typeset is a warning")
        // Line 12; `$` is byte 22 of `caption: The weights $\frac{1}$ here.`, so `\frac` starts at 23.
        #expect(run.diagnostics.hasPrefix("\(notebook):12:23: warning: cannot typeset this formula"), "\(run.diagnostics)")
    }
}
