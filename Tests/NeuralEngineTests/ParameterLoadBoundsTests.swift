import Foundation
import Testing
@testable import NeuralEngine

/// Issue 16: a `{load}` file is notebook input. Cause 3: an 878-byte file declaring large
/// layers allocated tens of terabytes; point 10: errors showed `DecodingError` internals
/// and called valid JSON invalid when an integer was out of range.
@Suite struct ParameterLoadBoundsTests {
    /// The export of a 2 → 2 → 1 network (9 parameters) as a JSON object to edit.
    func exportObject() throws -> [String: Any] {
        var random = TestRandomSource(seed: 0)
        let network = try Network(spec: NetworkSpec(layers: [.dense(inputs: 2, outputs: 2), .dense(inputs: 2, outputs: 1)]), random: &random)
        return try #require(try JSONSerialization.jsonObject(with: ParameterExport(network: network).jsonData()) as? [String: Any])
    }

    func loadError(_ edit: (inout [[String: Any]]) -> Void) throws -> ParameterLoadError? {
        var object = try exportObject()
        var layers = try #require(object["layers"] as? [[String: Any]])
        edit(&layers)
        object["layers"] = layers
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try ParameterExport.decode(data).makeNetwork()
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [4_000_000_000_000, Int.max])
    func hugeDeclaredLayersAreRefusedBeforeAllocating(outputs: Int) throws {
        #expect(try loadError { $0[0]["outputs"] = outputs; $0[1]["inputs"] = outputs }
            == .layoutMismatch("the layers declare more parameters than the file's 9"))
    }

    @Test func anIntegerOutOfRangeIsNamedSo() throws {
        let text = String(decoding: try JSONSerialization.data(withJSONObject: try exportObject()), as: UTF8.self)
            .replacingOccurrences(of: "\"inputs\":2", with: "\"inputs\":1e30")
        #expect(text.contains("1e30"))
        #expect(throws: ParameterLoadError.unreadable("a value does not fit its field (sizes and epochs are whole numbers below 2⁶³)")) {
            try ParameterExport.decode(Data(text.utf8))
        }
    }

    @Test func decodingErrorsNameTheValue() throws {
        #expect(try loadError { $0[0]["inputs"] = "two" } == .unreadable("'layers[0].inputs' must be a whole number"))
        var object = try exportObject()
        object["parameters"] = nil
        #expect(throws: ParameterLoadError.unreadable("missing key 'parameters'")) {
            try ParameterExport.decode(try JSONSerialization.data(withJSONObject: object))
        }
        #expect(throws: ParameterLoadError.unreadable("not valid JSON")) { try ParameterExport.decode(Data("{\"a\":".utf8)) }
    }

    @Test func anUnknownVersionIsRefused() throws {
        var object = try exportObject()
        object["version"] = 99
        #expect(throws: ParameterLoadError.unreadable("version 99 of the nbrun-parameters format is not known to this nbrun (it reads version 1)")) {
            try ParameterExport.decode(try JSONSerialization.data(withJSONObject: object))
        }
    }
}
