import Foundation

extension Network {
    /// Replaces ``parameters`` with those of an export after checking that its layout
    /// (block names, offsets, shapes) is this network's.
    public mutating func loadParameters(from export: ParameterExport) throws(ParameterLoadError) {
        let mine = parameterBlocks
        guard export.blocks.count == mine.count else {
            throw .layoutMismatch("the file has \(export.blocks.count) parameter blocks, the model \(mine.count)")
        }
        for (theirs, ours) in zip(export.blocks, mine) where theirs != ours {
            throw .layoutMismatch("block \(theirs.name) is \(theirs.rows)×\(theirs.columns) at offset \(theirs.offset); "
                + "the model expects \(ours.name) \(ours.rows)×\(ours.columns) at offset \(ours.offset)")
        }
        guard export.parameters.count == parameterCount else {
            throw .layoutMismatch("the file has \(export.parameters.count) parameters, the model \(parameterCount)")
        }
        if let bad = export.parameters.firstIndex(where: { !$0.isFinite }) { throw .notFinite(index: bad) }
        parameters = export.parameters
    }

    /// ``loadParameters(from:)`` reading the JSON text.
    public mutating func loadParameters(fromJSON data: Data) throws(ParameterLoadError) {
        try loadParameters(from: ParameterExport.decode(data))
    }
}
