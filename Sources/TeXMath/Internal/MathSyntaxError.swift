/// Why a formula cannot be converted, and where (UTF-8 byte offset into the TeX).
struct MathSyntaxError: Error, Sendable, Equatable {
    var message: String
    var offset: Int

    init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}
