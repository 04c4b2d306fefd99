import Foundation
import Testing
@testable import NBRunCore

/// No input makes nbrun trap: every mutation of a notebook that exercises every step
/// either renders or stops with a located error (a trap would kill this test process).
@Suite struct RobustnessTests {
    static let base = contents("\(packageRoot)/Tests/NBRunCoreTests/Fixtures/robust.md")

    /// Deleting a line, cutting the file after a line, and replacing each number.
    static var mutations: [String] {
        let lines = base.components(separatedBy: "\n")
        var result: [String] = [base]
        for index in lines.indices {
            var deleted = lines
            deleted.remove(at: index)
            result.append(deleted.joined(separator: "\n"))
            result.append(lines[...index].joined(separator: "\n"))
        }
        let replacements = ["0", "-1", "2.5", "abc", "", "1e400", "[1, 2]", "${nope}"]
        for (index, line) in lines.enumerated() where line.contains(where: \.isNumber) {
            for replacement in replacements {
                var changed = lines
                changed[index] = String(line.map { $0.isNumber ? Character("#") : $0 })
                    .replacingOccurrences(of: "#", with: replacement, options: [], range: nil)
                result.append(changed.joined(separator: "\n"))
            }
        }
        return result
    }

    @Test func mutatedNotebooksRenderOrFailWithALocation() throws {
        #expect(!Self.base.isEmpty)
        let directory = temporaryDirectory()
        let mutations = Self.mutations
        #expect(mutations.count > 250)
        var failures = 0
        for (index, text) in mutations.enumerated() {
            let path = "\(directory)/m\(index).md"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let result = runNotebooks([path], output: "\(directory)/out\(index)")
            if result.status != 0 {
                failures += 1
                #expect(result.status == 1)
                #expect(result.diagnostics.hasPrefix("\(path):"), "error without a location for mutation \(index): \(result.diagnostics)")
                #expect(result.diagnostics.contains(": error: "))
                #expect(!FileManager.default.fileExists(atPath: "\(directory)/out\(index)/m\(index).html"), "nothing half-written")
            }
        }
        // Most mutations break something; the unmutated notebook and some harmless ones render.
        #expect(failures > 100 && failures < mutations.count)
    }
}
