extension ParameterExport {
    /// The model the export describes, with its saved parameters (no notebook model needed).
    public func makeNetwork() throws(ParameterLoadError) -> Network {
        var layers: [LayerSpec] = []
        for (index, layer) in self.layers.enumerated() {
            layers.append(try LayerRegistry.load(layer, index: index))
        }
        var network: Network
        do { network = try Network(spec: NetworkSpec(layers: layers, weightInit: .constant(0), biasInit: .constant(0), inputShape: inputShape)) } catch {
            throw .layoutMismatch(error.description)
        }
        try network.loadParameters(from: self)
        return network
    }
}
