import ArgumentParser
import Foundation
import NBRunCore

/// The `nbrun` command: arguments in, exit status out. All work happens in NBRunCore.
@main
struct NBRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run literate neural-network notebooks and render them as self-contained HTML reports.",
        discussion: """
            A notebook is a Markdown file: prose with $math$, plus fenced blocks such as ```{train} that nbrun runs in order on its own neural-network engine. Each notebook NAME.md becomes OUTPUT/NAME.html, one file with inline CSS, SVG and MathML and no JavaScript or network access, with its figures also saved as OUTPUT/NAME/*.svg. The format is documented in docs/notebook-format.md; --list-steps prints every step and option.

            EXAMPLES:
              nbrun notebooks/xor.md
                  Render the XOR lesson to output/xor.html.
              nbrun notebooks/*.md -o site/
                  Render every lesson and an index page into site/.
              nbrun notebooks/*.md -j 2
                  Render two lessons at a time (the files are the same as with -j 1).
              nbrun notebooks/numerical-gradient.md --set layers=20,10,1
                  Override a parameter from the front matter.
              nbrun notebooks/*.md --package course.imscc --title "Neural networks"
                  One IMS Common Cartridge for Canvas or Moodle (.zip: an IMS content package).
              nbrun notebooks/xor.md --lms canvas -o canvas/
                  A page to paste into Canvas's editor, with the files to upload beside it.
              nbrun lesson.md --seed 7 --safe --fragment
                  Another random seed; strip raw HTML; write an embeddable fragment.
              nbrun preview notebooks/
                  Write lessons with a live preview: serve them on 127.0.0.1, re-render
                  and reload the browser on every save (see 'nbrun preview --help').

            EXIT STATUS:
              0  every notebook rendered
              1  an error in a notebook (reported as path:line:col)
              2  a usage error

            """,
        version: "nbrun \(nbrunVersion)"
    )

    @Argument(help: ArgumentHelp("Notebook files (Markdown) to run.", valueName: "notebook.md"))
    var notebooks: [String] = []

    @OptionGroup var options: RenderOptions

    @Option(name: [.customShort("j"), .long],
            help: ArgumentHelp("Render this many notebooks at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Keep running: serve the reports on 127.0.0.1, re-render on change (as 'nbrun preview').")
    var watch = false

    @Option(help: ArgumentHelp("With --watch: the port on 127.0.0.1 (0: a free port).", valueName: "n"))
    var port: UInt16 = 0

    @Flag(name: .customLong("list-steps"), help: "Print the reference of every step and its options (Markdown) and exit.")
    var listSteps = false

    mutating func validate() throws {
        if listSteps { return }
        if let jobs, jobs < 1 { throw ValidationError("-j expects a number of notebooks at once, 1 or more, not \(jobs)") }
        guard !notebooks.isEmpty else {
            throw ValidationError("give at least one notebook, e.g. 'nbrun notebooks/xor.md'")
        }
        if let clash = OutputLayout.stemClash(notebooks) {
            throw ValidationError("\(clash.first) and \(clash.second) would both write \(clash.stem).html; render them into different -o folders")
        }
    }

    func run() throws {
        if listSteps {
            print(StepReference.markdown(), terminator: "")
            return
        }
        var configuration = options.configuration(notebooks: notebooks)
        configuration.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        if watch {
            try PreviewCommand.serve(inputs: notebooks, port: port, configuration: configuration)
        }
        let status = NotebookRunner(configuration: configuration).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// Like ArgumentParser's `main()`, but usage errors exit with status 2 (not 64),
    /// as the documentation promises. `nbrun preview …` is dispatched here: a command
    /// whose first argument is a notebook cannot also have ArgumentParser subcommands
    /// (the notebook argument would take the word `preview`).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == PreviewCommand.name {
            run(PreviewCommand.self, arguments: Array(arguments.dropFirst()), help: "nbrun preview --help")
        } else {
            run(NBRun.self, arguments: arguments, help: "nbrun --help")
        }
    }

    static func run<Command: ParsableCommand>(_ type: Command.Type, arguments: [String], help: String) -> Never {
        do {
            var command = try type.parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = type.exitCode(for: error)
            if status == .success {
                print(type.fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((type.fullMessage(for: error) + "\n").utf8))
            FileHandle.standardError.write(Data("Run '\(help)' for usage.\n".utf8))
            Foundation.exit(2)
        }
    }
}

