import ArgumentParser
import NBRunCore

/// The options of a render, shared by `nbrun` and `nbrun preview`.
struct RenderOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Directory for reports and figures.", valueName: "dir"))
    var output = "output"

    @Option(help: ArgumentHelp("Seed for the random stream (overrides the front matter's `seed`).", valueName: "n"))
    var seed: UInt32?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a front-matter parameter; repeatable.", valueName: "name=value"))
    var sets: [String] = []

    @Flag(help: "Strip raw HTML from the prose (as cmark's safe mode does).")
    var safe = false

    @Flag(help: "Write an embeddable fragment (no html/head/body) instead of a full page.")
    var fragment = false

    @Option(name: .customLong("math-font"), help: ArgumentHelp("Embed this OpenType/WOFF2 math font in each report.", valueName: "file"))
    var mathFont: String?

    @Flag(help: "Include measured training times in the report (output then differs between runs).")
    var timings = false

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    func validate() throws {
        for assignment in sets {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError("--set expects name=value, not '\(assignment)'")
            }
        }
    }

    func configuration(notebooks: [String]) -> RunConfiguration {
        let overrides = sets.map { assignment -> (String, String) in
            let equals = assignment.firstIndex(of: "=")!
            return (String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
        }
        return RunConfiguration(
            notebooks: notebooks, outputDirectory: output, seed: seed, overrides: overrides,
            safe: safe, fragment: fragment, mathFontPath: mathFont, timings: timings, quiet: quiet
        )
    }
}
