/// A regression data set whose targets come from a random "true" network (seeds 000 and 004):
/// a student network with the same architecture can fit it exactly.
public struct TeacherData: Sendable {
    public var inputs: Matrix
    public var targets: Matrix
    /// The network that produced the targets.
    public var teacher: Network

    /// Draws `samples` input rows uniformly from `[inputLow, inputHigh)` (row by row),
    /// THEN the teacher's parameters from `spec`'s initialisers (seed 004: inputs `U(0, 1)`,
    /// weights and biases `U(−1, 1)`; seed 000 draws its inputs from `U(−1, 1)`), and
    /// computes `targets = teacher(inputs)`.
    public static func generate(
        spec: NetworkSpec, samples: Int, inputLow: Double = 0, inputHigh: Double = 1, random: inout some RandomSource
    ) throws(NetworkSpecError) -> TeacherData {
        precondition(samples > 0, "at least one sample")
        try spec.validate()
        guard let inputCount = spec.resolvedInputShape?.count else { preconditionFailure("validated above") }
        var inputs = Matrix(rows: samples, columns: inputCount)
        for i in inputs.elements.indices { inputs.elements[i] = random.uniform(inputLow, inputHigh) }
        let teacher = try Network(spec: spec, random: &random)
        return TeacherData(inputs: inputs, targets: teacher.predict(inputs), teacher: teacher)
    }
}
