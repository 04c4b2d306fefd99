import Foundation
import NeuralEngine

/// libFuzzer entry point for `{load}`: any bytes decode into a ``ParameterExport`` and
/// rebuild its network, or throw a ``ParameterLoadError``; never trap or allocate beyond
/// what the file holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoad(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let export = try? ParameterExport.decode(bytes), let network = try? export.makeNetwork() else { return 0 }
    // A rebuilt network predicts on a row of zeros of its input width.
    if network.inputCount <= 4096 {
        _ = network.predict(Matrix(rows: 1, columns: network.inputCount, elements: Array(repeating: 0, count: network.inputCount)))
    }
    return 0
}
