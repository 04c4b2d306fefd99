import Markup
import TeXMath

/// libFuzzer entry point: converts the input as inline and as display math and
/// renders the result. Any crash, trap or sanitizer report is a bug; the
/// converter must turn every input into MathML or an error span. Every
/// problem's offset must lie inside the formula (checked with a trap).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeXMath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let converter = MathConverter()
    for display in [false, true] {
        let result = converter.convert(tex, display: display)
        _ = MarkupWriter().render(result.node)
        for problem in result.problems {
            precondition((0...tex.utf8.count).contains(problem.offset), "offset \(problem.offset) outside the formula")
        }
    }
    return 0
}
