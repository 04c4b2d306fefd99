import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that markup is well-formed XML with Foundation's XMLParser.
enum WellFormedXML {
    /// `nil` when `markup` parses as one XML document; otherwise the parser's complaint.
    static func problem(in markup: String) -> String? {
        let parser = XMLParser(data: Data(markup.utf8))
        let delegate = FirstError()
        parser.delegate = delegate
        if parser.parse() { return nil }
        return delegate.message ?? parser.parserError.map { "\($0)" } ?? "unknown XML error"
    }

    private final class FirstError: NSObject, XMLParserDelegate {
        var message: String?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if message == nil {
                message = "line \(parser.lineNumber) column \(parser.columnNumber): \(parseError)"
            }
        }
    }
}
