import Foundation
@testable import NeuralEngine

/// Reference numbers recorded by `Fixtures/make_fixtures.py` from numpy, scikit-learn and nnfs.
/// One record per line, `name<TAB>values`; `Double(_:)` parses the repr text exactly.
struct FixtureRecords {
    private var records: [String: [Substring]] = [:]

    init(_ fileName: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent(fileName)
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            records[String(parts[0])] = parts.count > 1 ? parts[1].split(separator: " ") : []
        }
    }

    func doubles(_ name: String) -> [Double] {
        guard let values = records[name] else { preconditionFailure("no fixture record \(name)") }
        return values.map { Double($0)! }
    }

    func integers(_ name: String) -> [Int] {
        guard let values = records[name] else { preconditionFailure("no fixture record \(name)") }
        return values.map { Int($0)! }
    }

    func text(_ name: String) -> String {
        guard let values = records[name] else { preconditionFailure("no fixture record \(name)") }
        return values.joined(separator: " ")
    }

    /// A matrix record `name.x` shaped by `name.shape`.
    func matrix(_ name: String) -> Matrix {
        let shape = integers(name + ".shape")
        return Matrix(rows: shape[0], columns: shape[1], elements: doubles(name + ".x"))
    }
}
