import Foundation
import NotebookKit
import Testing
@testable import NBRunCore

/// Issue 16: inputs that used to crash, hang or balloon. Each test names its cause.
@Suite struct ReliabilityTests {
    /// Writes `text` as `name` in a fresh folder, runs it, and returns the path and the outcome.
    func run(_ bytes: [UInt8], name: String = "n.md", configure: (inout RunConfiguration) -> Void = { _ in })
        -> (path: String, status: Int32, diagnostics: String, output: String) {
        let directory = temporaryDirectory()
        let path = "\(directory)/\(name)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let output = "\(directory)/out"
        let result = runNotebooks([path], output: output, configure: configure)
        return (path, result.status, result.diagnostics, output)
    }

    func run(_ text: String, configure: (inout RunConfiguration) -> Void = { _ in })
        -> (path: String, status: Int32, diagnostics: String, output: String) {
        run(Array(text.utf8), configure: configure)
    }

    @Test("Point 10: invalid UTF-8 in a notebook is reported at its line and byte column")
    func invalidUTF8Notebook() {
        let result = run(Array("# Title\n\nab".utf8) + [0xC3, 0x28] + Array(" cd\n".utf8))
        #expect(result.status == 1)
        #expect(result.diagnostics == """
            \(result.path):3:3: error: the file is not valid UTF-8 text: byte 0xC3 does not start a UTF-8 character
            ab\u{FFFD}( cd
              ^
            note: save the file as UTF-8

            """)
    }

    @Test("Point 10: invalid UTF-8 in a CSV file is reported in the CSV file")
    func invalidUTF8CSV() throws {
        let directory = temporaryDirectory()
        FileManager.default.createFile(atPath: "\(directory)/d.csv", contents: Data(Array("x,y\n1,".utf8) + [0xFE] + Array("\n".utf8)))
        let notebook = "```{dataset}\nfrom: csv\npath: d.csv\n```\n"
        try notebook.write(toFile: "\(directory)/n.md", atomically: true, encoding: .utf8)
        let result = runNotebooks(["\(directory)/n.md"], output: "\(directory)/out")
        #expect(result.status == 1)
        #expect(result.diagnostics.hasPrefix("""
            \(directory)/d.csv:2:3: error: the file is not valid UTF-8 text: byte 0xFE does not start a UTF-8 character
            1,\u{FFFD}
              ^
            """))
        #expect(result.diagnostics.contains("note: while reading the {dataset} at \(directory)/n.md:1:1"))
    }

    /// The first line of the diagnostics, with the notebook's folder cut off.
    func firstLine(_ result: (path: String, status: Int32, diagnostics: String, output: String)) -> String {
        let line = result.diagnostics.split(separator: "\n").first.map(String.init) ?? ""
        return line.replacingOccurrences(of: result.path, with: "n.md")
    }

    static let xorModel = "```{dataset}\nfrom: xor\n```\n\n```{model}\nlayers: 2, 3, 1\n```\n\n"

    @Test("Cause 3: 'dense 2 -> 9223372036854775807' is refused before the network is built (it trapped on overflow)")
    func hugeDense() {
        let result = run("```{model}\ndense 2 -> 9223372036854775807\n```\n")
        #expect(result.status == 1)
        // 3 × 9223372036854775807 parameters (weights 2×n, n biases) × 32 bytes.
        #expect(firstLine(result).hasPrefix("n.md:2:1: error: {model} would need about 8.1e+08 TiB of memory (2.77e+19 parameters × 8 bytes × 4), more than the "))
        #expect(files(under: result.output).isEmpty)
    }

    @Test("Cause 3: 'dense 9223372036854775807 -> 1' and 'layers: 2, 1000000, 1000000, 1' are refused",
          arguments: ["dense 9223372036854775807 -> 1", "layers: 2, 1000000, 1000000, 1"])
    func hugeModels(line: String) {
        let result = run("```{model}\n\(line)\n```\n")
        #expect(result.status == 1)
        #expect(firstLine(result).hasPrefix("n.md:2:1: error: {model} would need about "))
    }

    @Test("Cause 3: --set layers=2,1000000000,1 is refused at the parameter's use, within the memory limit given")
    func hugeLayersBySet() {
        let text = "---\nparams:\n  layers: [2, 3, 1]\n---\n```{model}\nlayers: ${layers}\n```\n"
        let result = run(text) { $0.overrides = [("layers", "2,1000000000,1")]; $0.memoryLimit = 16 }
        #expect(result.status == 1)
        // 2·10⁹ + 10⁹ weights + 10⁹ + 1 biases = 4.0e9 parameters × 32 bytes = 119.2 GiB.
        #expect(firstLine(result) == "n.md:6:1: error: {model} would need about 119.2 GiB of memory (4e+09 parameters × 8 bytes × 4), more than the 16.0 GiB limit")
    }

    @Test("Cause 3: blobs with 10⁷ samples × 10⁵ features (each inside its documented range) are refused")
    func hugeBlobs() {
        let result = run("```{dataset}\nfrom: blobs\nsamples: 10000000\nfeatures: 100000\n```\n")
        #expect(result.status == 1)
        // 10⁷ × (10⁵ + 1) × 8 × 3 bytes = 2.4e13 bytes = 21.8 TiB.
        #expect(firstLine(result).hasPrefix("n.md:3:1: error: {dataset} would need about 21.8 TiB of memory (10000000 samples × 100001 numbers × 8 bytes × 3)"))
    }

    @Test("Cause 7: a spiral of 10⁶ points × 1000 classes is refused")
    func hugeSpiral() {
        let result = run("```{dataset}\nfrom: spiral\npoints-per-class: 1000000\nclasses: 1000\n```\n")
        #expect(result.status == 1)
        #expect(firstLine(result).hasPrefix("n.md:3:1: error: {dataset} would need about 67.1 GiB of memory"))
    }

    @Test("Cause 3: 'log-every: 9223372036854775807' is out of range (it trapped in the trainer)")
    func logEvery() {
        let result = run(Self.xorModel + "```{train}\nlog-every: 9223372036854775807\n```\n")
        #expect(result.status == 1)
        #expect(firstLine(result) == "n.md:10:12: error: 9223372036854775807 is out of range: the value must be between 0 and 100000000")
    }

    @Test("Cause 7: 'epochs: 100000000' on XOR is refused under a 4 GiB limit and warned about above it")
    func manyEpochs() {
        let refused = run(Self.xorModel + "```{train}\nepochs: 100000000\n```\n") { $0.memoryLimit = 4 }
        #expect(refused.status == 1)
        // 10⁸ epochs × 150 bytes = 14.0 GiB (+ a few hundred bytes for 13 parameters).
        #expect(firstLine(refused).hasPrefix("n.md:10:1: error: {train} would need about 14.0 GiB of memory"))
        let warned = run(Self.xorModel + "```{train}\nepochs: 1000\n```\n\n```{gradient check}\n```\n") { $0.memoryLimit = 4 }
        #expect(warned.status == 0)
        #expect(!warned.diagnostics.contains("warning"), "short work has no warning: \(warned.diagnostics)")
    }

    @Test("Cause 7: long work gets a warning stating the estimate")
    func longWorkWarning() throws {
        let estimate = StepEstimate(operations: 1.4e11, operationsFormula: "6 × 4 samples × 13 parameters × 100000000 epochs",
                                    at: SourceLocation(path: "n.md", line: 2, column: 1))
        let warning = try ResourceBudget(configuration: RunConfiguration(notebooks: [])).check(estimate, step: "train")
        #expect(warning?.message == "{train} does about 1.4e+11 arithmetic operations (6 × 4 samples × 13 parameters × 100000000 epochs); this may take minutes or longer")
    }

    @Test("Cause 3: inline class labels 1e15, 1e300 and 1e9 are refused at 'y' (1e300 trapped, the others allocated PB/GB)",
          arguments: ["1e15", "1e300", "1e9"])
    func hugeLabels(label: String) {
        let result = run("```{dataset}\nfrom: inline\nX: [[0], [1]]\ny: [0, \(label)]\nclassification: true\n```\n")
        #expect(result.status == 1)
        #expect(firstLine(result) == "n.md:4:4: error: class labels must be at most 65535; found \(Double(label)!)")
    }

    @Test("Cause 4: {evaluate} on one-class data while the model can predict two (index out of range before)")
    func evaluateOneClass() {
        let result = run("""
            ```{dataset}
            from: inline
            X: [[0, 0], [1, 1]]
            y: [0, 0]
            classification: true
            class-names: only
            ```

            ```{model}
            dense 2 -> 1, init: constant(1), bias-init: constant(1)
            sigmoid
            ```

            ```{evaluate}
            ```

            """)
        #expect(result.status == 0, "\(result.diagnostics)")
        let html = contents("\(result.output)/n.html")
        // Both samples are class 0 ("only"); sigmoid(1·x1 + 1·x2 + 1) > 0.5 predicts class 1 for both.
        #expect(html.contains("Confusion matrix on the training data"))
        #expect(html.contains(">only<") && html.contains(">1<"))
    }

    @Test("Cause 4: {plot boundary} with coordinates ±1e308 is a located error (Double→Int of infinity before)")
    func boundaryHugeCoordinates() {
        let result = run("""
            ```{dataset}
            from: inline
            X: [[-1e308, 0], [1e308, 1], [0, 0]]
            y: [0, 1, 0]
            classification: true
            ```

            ```{model}
            dense 2 -> 1
            sigmoid
            ```

            ```{plot boundary}
            ```

            """)
        #expect(result.status == 1)
        #expect(firstLine(result) == "n.md:13:5: error: input 'x1' spans -1e+308 to 1e+308: too wide to plot")
    }

    @Test("Point 4: a CSV path through '..' or a symbolic link out of the notebook's folder and the working directory is refused")
    func confinedPaths() throws {
        let directory = temporaryDirectory()
        let outside = temporaryDirectory()
        try "x,y\n1,2\n".write(toFile: "\(outside)/d.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/link", withDestinationPath: outside)
        let relative = "../" + (outside as NSString).lastPathComponent + "/d.csv"
        for written in [relative, "link/d.csv", "\(outside)/d.csv"] {
            try "```{dataset}\nfrom: csv\npath: \(written)\n```\n".write(toFile: "\(directory)/n.md", atomically: true, encoding: .utf8)
            let refused = runNotebooks(["\(directory)/n.md"], output: "\(directory)/out")
            #expect(refused.status == 1)
            #expect(refused.diagnostics.hasPrefix("""
                \(directory)/n.md:3:7: error: '\(written)' lies outside the notebook's folder and the working directory
                """), "\(refused.diagnostics)")
            #expect(refused.diagnostics.contains("run nbrun with '--allow-path DIR' for its folder"))
            let allowed = runNotebooks(["\(directory)/n.md"], output: "\(directory)/out") { $0.allowedPaths = [outside] }
            #expect(allowed.status == 0, "\(allowed.diagnostics)")
        }
    }

    @Test("Point 4: a notebook whose name is not a plain name is refused (stem '..' wrote figures to OUTPUT/..)",
          arguments: ["...md", ".hidden.md", "<img src=x onerror=alert(1)>.md", "two words.md"])
    func plainNames(name: String) throws {
        let result = run(Array("# T\n".utf8), name: name)
        #expect(result.status == 1)
        #expect(result.diagnostics.hasPrefix("\(result.path):1:1: error: the notebook's name '"))
        #expect(!FileManager.default.fileExists(atPath: result.output))
    }

    @Test("Points 7 and 10: --math-font must be a font, with a MATH table, at most 20 MiB")
    func mathFont() throws {
        let directory = temporaryDirectory()
        func problem(_ bytes: [UInt8]) -> String? {
            FileManager.default.createFile(atPath: "\(directory)/f.otf", contents: Data(bytes))
            return MathFontCheck.problem(atPath: "\(directory)/f.otf")?.replacingOccurrences(of: directory, with: "D")
        }
        #expect(MathFontCheck.problem(atPath: "/etc/passwd") == "'/etc/passwd' is not an OpenType, TrueType, WOFF or WOFF2 font")
        #expect(MathFontCheck.problem(atPath: directory) == "'\(directory)' is not a regular file")
        // An sfnt header with one table, 'MATH', then its 16-byte directory entry.
        let header: [UInt8] = Array("OTTO".utf8) + [0, 1, 0, 0, 0, 0, 0, 0]
        #expect(problem(header + Array("MATH".utf8) + Array(repeating: 0, count: 12)) == nil)
        #expect(problem(header + Array("GSUB".utf8) + Array(repeating: 0, count: 12)) == "'D/f.otf' has no MATH table: it is a font, but not a math font")
        #expect(problem(Array("wOF2".utf8) + Array(repeating: 0, count: 40)) == nil)
        #expect(problem(Array(repeating: 0x4F, count: 21 * 1_048_576)) == "'D/f.otf' is 21 MiB; a math font embedded in every report may be at most 20 MiB")
    }

    @Test("Cause 7: a sparse CSV is refused from its size before it is read (2 GB used 10.2 GB); here 100 KB under a 1 MiB limit")
    func sparseCSV() throws {
        let directory = temporaryDirectory()
        let sparse = "a,b\n" + String(repeating: ",\n", count: 50_000)
        try sparse.write(toFile: "\(directory)/s.csv", atomically: true, encoding: .utf8)
        try "```{dataset}\nfrom: csv\npath: s.csv\n```\n".write(toFile: "\(directory)/n.md", atomically: true, encoding: .utf8)
        let result = runNotebooks(["\(directory)/n.md"], output: "\(directory)/out") { $0.memoryLimit = 1.0 / 1024 }
        #expect(result.status == 1)
        // 100 004 bytes × 24 = 2.3 MiB.
        #expect(result.diagnostics.hasPrefix("\(directory)/n.md:3:1: error: {dataset} would need about 2.3 MiB of memory (the file's 97.7 KiB × 24), more than the 1.0 MiB limit"), "\(result.diagnostics)")
    }

    @Test("Point 4: a {load} path outside the notebook's folder and the working directory is refused")
    func confinedLoad() throws {
        let directory = temporaryDirectory()
        try "```{load}\npath: /etc/hostname\n```\n".write(toFile: "\(directory)/n.md", atomically: true, encoding: .utf8)
        let result = runNotebooks(["\(directory)/n.md"], output: "\(directory)/out")
        #expect(result.status == 1)
        #expect(result.diagnostics.hasPrefix("\(directory)/n.md:2:7: error: '/etc/hostname' lies outside the notebook's folder and the working directory"))
    }
}
