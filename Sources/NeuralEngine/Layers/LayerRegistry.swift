/// Every layer kind, for reading exports back (``ParameterExport/makeNetwork()``).
/// A new kind registers here once.
enum LayerRegistry {
    static let kinds: [any Layer.Type] = [
        Dense.self, ActivationLayer.self, Conv2D.self, MaxPool.self, Flatten.self, Dropout.self,
    ]

    /// The layer an export entry describes, by its `kind`.
    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> LayerSpec {
        guard let kind = kinds.first(where: { $0.kind == entry.kind }) else {
            throw .unreadable("layer \(index + 1) has an unknown kind \(entry.kind)")
        }
        return LayerSpec(try kind.load(entry, index: index))
    }
}
