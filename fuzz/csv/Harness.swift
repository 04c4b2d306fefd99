import NeuralEngine

/// libFuzzer entry point for the CSV reader: any text parses into a table and a dataset
/// (with each header mode, last-column and class-label targets) or throws a ``CSVError``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for header in [CSVTable.HeaderMode.automatic, .present, .absent] {
        guard let table = try? CSVTable.parse(text: text, header: header) else { continue }
        for classLabels in [false, true] {
            _ = try? table.dataset(targets: [.index(-1)], classLabels: classLabels)
        }
        if let name = table.columnNames.first {
            _ = try? table.dataset(targets: [.name(name)], classLabels: false)
        }
    }
    return 0
}
