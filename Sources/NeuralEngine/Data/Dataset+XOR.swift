extension Dataset {
    /// The four XOR points: inputs `(0,0), (0,1), (1,0), (1,1)` with labels `0, 1, 1, 0`.
    public static func xor() -> Dataset {
        Dataset(
            x: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]),
            y: Matrix(rows: 4, columns: 1, elements: [0, 1, 1, 0]),
            classCount: 2
        )
    }
}
