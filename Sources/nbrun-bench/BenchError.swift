/// A problem that stops `nbrun-bench`, printed on standard error.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
