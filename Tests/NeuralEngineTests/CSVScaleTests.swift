import Testing
@testable import NeuralEngine

/// Issue 16, point 6: a CSV header of 10⁵ names took 12.5 s (a quadratic duplicate check).
@Suite struct CSVScaleTests {
    static let names = (0..<100_000).map { "c\($0)" }

    func seconds(_ work: () throws -> Void) rethrows -> Double {
        let elapsed = try ContinuousClock().measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    @Test func headerOf100000NamesIsReadInLinearTime() throws {
        let text = Self.names.joined(separator: ",") + "\n" + Array(repeating: "1", count: 100_000).joined(separator: ",") + "\n"
        var table: CSVTable?
        let time = try seconds { table = try CSVTable.parse(text: text, header: .present) }
        #expect(time < 5, "took \(time) s")
        #expect(table?.columnNames.last == "c99999")
    }

    @Test func duplicateAtTheEndOfALongHeaderIsLocated() {
        let text = (Self.names + ["c7"]).joined(separator: ",") + "\n" + Array(repeating: "1", count: 100_001).joined(separator: ",") + "\n"
        do {
            _ = try CSVTable.parse(text: text, header: .present)
            Issue.record("a duplicate name must be an error")
        } catch {
            #expect(error.message == "column name 'c7' appears more than once in the header")
            // 10⁵ names "c0"…"c99999" take 688 890 bytes with their commas; "c7" starts one byte later.
            #expect(error.position == CSVPosition(line: 1, column: 688_891))
        }
    }

    @Test func anEmptyHeaderCellKeepsItsDefaultNameAndALaterCopyOfItIsADuplicate() {
        #expect(parseMessage("a,,column 2\n1,2,3\n") == "column name 'column 2' appears more than once in the header")
    }

    func parseMessage(_ text: String) -> String? {
        do {
            _ = try CSVTable.parse(text: text, header: .present)
            return nil
        } catch {
            return error.message
        }
    }
}
