extension ParameterExport {
    /// The model the export describes, with its saved parameters (no notebook model needed).
    public func makeNetwork() throws(ParameterLoadError) -> Network {
        var layers: [LayerSpec] = []
        for (index, layer) in self.layers.enumerated() {
            switch layer.kind {
            case "dense":
                guard let inputs = layer.inputs, let outputs = layer.outputs, let bias = layer.bias else {
                    throw .unreadable("layer \(index + 1) is dense but lacks inputs, outputs or bias")
                }
                layers.append(.dense(inputs: inputs, outputs: outputs, bias: bias))
            case "activation":
                guard let name = layer.activation, let activation = Activation(name: name) else {
                    throw .unreadable("layer \(index + 1) has an unknown activation \(layer.activation ?? "(none)")")
                }
                layers.append(.activation(activation))
            default:
                throw .unreadable("layer \(index + 1) has an unknown kind \(layer.kind)")
            }
        }
        var network: Network
        do { network = try Network(spec: NetworkSpec(layers: layers, weightInit: .constant(0), biasInit: .constant(0))) } catch {
            throw .layoutMismatch(error.description)
        }
        try network.loadParameters(from: self)
        return network
    }
}
