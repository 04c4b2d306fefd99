extension ParameterExport {
    /// The model the export describes, with its saved parameters (no notebook model needed).
    public func makeNetwork() throws(ParameterLoadError) -> Network {
        var layers: [LayerSpec] = []
        for (index, layer) in self.layers.enumerated() {
            layers.append(try LayerRegistry.load(layer, index: index))
        }
        // The declared layout must fit the parameters the file holds before anything is
        // allocated: an 878-byte file declaring huge layers asked for terabytes.
        var declared = 0
        for case let dense as Dense in layers.map(\.layer) where dense.inputs > 0 && dense.outputs > 0 {
            let (inputs, outputs, bias) = (dense.inputs, dense.outputs, dense.bias)
            let (weights, overflow) = inputs.multipliedReportingOverflow(by: outputs)
            let (sum, overflow2) = declared.addingReportingOverflow(weights)
            let (total, overflow3) = sum.addingReportingOverflow(bias.parameterCount(outputs: outputs))
            guard !overflow, !overflow2, !overflow3, total <= parameters.count else {
                throw .layoutMismatch("the layers declare more parameters than the file's \(parameters.count)")
            }
            declared = total
        }
        var network: Network
        do { network = try Network(spec: NetworkSpec(layers: layers, weightInit: .constant(0), biasInit: .constant(0), inputShape: inputShape)) } catch {
            throw .layoutMismatch(error.description)
        }
        try network.loadParameters(from: self)
        return network
    }
}
