import NotebookKit

/// libFuzzer entry point for NotebookKit: any bytes read as a notebook (with and without
/// cmark's safe mode) either parse or give a located diagnostic, as nbrun reads a file:
/// invalid UTF-8 is the located error of ``UTF8Check``. A trap, a hang or a leak is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    if UTF8Check.firstError(in: bytes, path: "fuzz.md") != nil { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    for safe in [false, true] {
        let parser = NotebookParser(options: .init(safe: safe))
        do {
            let notebook = try parser.parse(text, path: "fuzz.md")
            // Step option values are rendered as inline Markdown (captions, labels).
            for step in notebook.steps {
                for line in step.lines + step.inlineOptions {
                    if case .option(_, let value, let location) = line.kind {
                        _ = try? parser.renderInline(value, at: location)
                    }
                }
            }
        } catch {
            // Every diagnostic must format against its source without trapping.
            _ = DiagnosticFormatter().format(error, source: SourceFile(path: "fuzz.md", text: text))
        }
    }
    return 0
}
