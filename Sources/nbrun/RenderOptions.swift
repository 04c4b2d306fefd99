import ArgumentParser
import Foundation
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

    @Flag(name: .customLong("follow-host-theme"), help: "With --fragment: turn dark when the reader's system prefers dark (default: always light).")
    var followHostTheme = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("With --fragment or --lms: make links to figure files, exports and other lessons absolute under this URL (where they are uploaded).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("Write a page for this course platform's editor (\(LMSPlatform.allCases.map(\.rawValue).joined(separator: ", "))): only markup its sanitizer keeps, figures as images to upload beside it.", valueName: "platform"))
    var lms: LMSPlatform?

    @Option(help: ArgumentHelp("Write all lessons, in course order, as one package: FILE.imscc (IMS Common Cartridge 1.1) or FILE.zip (IMS Content Package).", valueName: "file"))
    var package: String?

    @Option(help: ArgumentHelp("The course's title: the heading of the index page and the name of the package's module (default: Lessons).", valueName: "text"))
    var title: String?

    @Option(name: .customLong("math-font"), help: ArgumentHelp("Embed this OpenType/WOFF2 math font in each report.", valueName: "file"))
    var mathFont: String?

    @Flag(help: "Include measured training times in the report (output then differs between runs).")
    var timings = false

    @Option(name: .customLong("allow-path"),
            help: ArgumentHelp("Let notebooks read files (CSV, {load}) under this folder too; repeatable. By default only the notebook's folder and the working directory.", valueName: "dir"))
    var allowPaths: [String] = []

    @Option(name: .customLong("memory-limit"),
            help: ArgumentHelp("Memory one step may use, in GiB (default: the machine's memory); steps estimated above it are refused before they run.", valueName: "GiB"))
    var memoryLimit: Double?

    @Option(help: ArgumentHelp(
        "How solutions to exercises appear: folded (hide), unfolded (show) or left out of every output (strip).",
        valueName: "hide|show|strip"))
    var solutions: SolutionVisibility = .hide

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    func validate() throws {
        if let mathFont, let problem = MathFontCheck.problem(atPath: mathFont) {
            throw ValidationError("--math-font: \(problem)")
        }
        if let memoryLimit, !(memoryLimit > 0 && memoryLimit.isFinite) {
            throw ValidationError("--memory-limit expects a positive number of GiB, not '\(memoryLimit)'")
        }
        if lms != nil && fragment {
            throw ValidationError("--lms writes its own kind of page; leave out --fragment")
        }
        if followHostTheme && !fragment {
            throw ValidationError("--follow-host-theme applies to --fragment output")
        }
        if baseURL != nil && !fragment && lms == nil {
            throw ValidationError("--base-url applies to --fragment and --lms output")
        }
        if let package, PackageFormat(path: package) == nil {
            throw ValidationError("--package expects a .imscc (Common Cartridge) or .zip (IMS Content Package) file name, not '\(package)'")
        }
        if package != nil && (lms != nil || fragment) {
            throw ValidationError("--package holds each lesson's full page; leave out --lms and --fragment")
        }
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
        var configuration = RunConfiguration(
            notebooks: notebooks, outputDirectory: output, seed: seed, overrides: overrides,
            safe: safe, fragment: fragment, mathFontPath: mathFont, timings: timings, quiet: quiet,
            solutions: solutions, lms: lms
        )
        configuration.packagePath = package
        configuration.followHostTheme = followHostTheme
        configuration.baseURL = baseURL
        configuration.courseTitle = title
        configuration.memoryLimit = memoryLimit
        configuration.allowedPaths = allowPaths
        return configuration
    }
}

extension SolutionVisibility: ExpressibleByArgument {}
extension LMSPlatform: ExpressibleByArgument {}
