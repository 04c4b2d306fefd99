import ArgumentParser
import Foundation
import LivePreview
import NBRunCore

/// `nbrun preview notebooks/`: render, serve on 127.0.0.1, re-render and reload on change.
struct PreviewCommand: ParsableCommand {
    /// The word after `nbrun` that selects this command.
    static let name = "preview"

    static let configuration = CommandConfiguration(
        commandName: "nbrun preview",
        abstract: "Render notebooks, serve them on 127.0.0.1 and re-render and reload the browser when they change.",
        discussion: """
            Renders every notebook (a folder stands for its .md files) into the output directory as nbrun does, then serves that directory and the notebooks' own folders at http://127.0.0.1:PORT/ and prints the address. When a notebook, or a file whose name it mentions (a CSV, an image, saved weights), changes, it is re-rendered and the open page reloads. A notebook error is printed here and shown in the browser as the located message with its caret, until you save a fix. The reload script exists only in the pages the server sends: the files written to the output directory are the same as without preview. Ctrl-C stops.

            EXAMPLES:
              nbrun preview notebooks/
                  Preview every lesson; open the printed address (the index).
              nbrun preview notebooks/xor.md --port 8000
                  Preview one lesson at http://127.0.0.1:8000/xor.html.
              nbrun notebooks/xor.md --watch
                  The same as 'nbrun preview notebooks/xor.md'.

            """
    )

    @Argument(help: ArgumentHelp("Notebook files or folders of notebooks.", valueName: "notebook.md|folder"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Port on 127.0.0.1 (0: a free port).", valueName: "n"))
    var port: UInt16 = 0

    @OptionGroup var options: RenderOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give notebooks or a folder, e.g. 'nbrun preview notebooks/'") }
    }

    func run() throws {
        try PreviewCommand.serve(inputs: inputs, port: port, configuration: options.configuration(notebooks: inputs))
    }

    /// Runs the preview until SIGINT or SIGTERM; never returns normally.
    ///
    /// Both signals are blocked before any thread starts (threads inherit the mask), and
    /// the main thread waits for them with `sigwait`: a signal can then neither kill the
    /// process halfway through writing a file nor be lost on another thread.
    static func serve(inputs: [String], port: UInt16, configuration: RunConfiguration) throws -> Never {
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &stopSignals, nil)

        let standardError: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
        let preview: LivePreview
        let url: String
        do {
            preview = try LivePreview(inputs: inputs, configuration: configuration, port: port, log: standardError)
            url = try preview.start()
        } catch {
            standardError(error.description + "\n")
            throw ExitCode(1)
        }
        let count = preview.notebooks.count
        FileHandle.standardOutput.write(Data("""
            Previewing \(count) notebook\(count == 1 ? "" : "s") at \(url)
            Watching for changes; press Ctrl-C to stop.

            """.utf8))
        var received: Int32 = 0
        sigwait(&stopSignals, &received)
        preview.stop()
        FileHandle.standardOutput.write(Data("Stopped the preview.\n".utf8))
        Foundation.exit(0)
    }
}
