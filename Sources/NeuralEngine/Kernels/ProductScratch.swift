/// Memory the matrix product needs besides its operands: a row-major copy of a `B` with
/// strided rows, and one small tile buffer per thread. Grown on first need and then
/// reused, so a training loop allocates nothing after its first batch.
final class ProductScratch: @unchecked Sendable {
    /// How many threads can work at once (one tile buffer each).
    let threadCapacity: Int
    private let tiles: UnsafeMutablePointer<Double>
    private var copy: UnsafeMutablePointer<Double>?
    private var copyCapacity = 0
    /// Doubles per tile buffer: 6 rows × 16 columns.
    static let tileCount = MatrixProduct.tileRows * 16

    init(threads: Int = Parallelism.threadCount) {
        threadCapacity = max(1, threads)
        tiles = .allocate(capacity: Self.tileCount * threadCapacity)
    }

    deinit {
        tiles.deallocate()
        copy?.deallocate()
    }

    /// The tile buffer of thread `index` (`0 ..< threadCapacity`).
    func tileBuffer(forThread index: Int) -> UnsafeMutablePointer<Double> {
        precondition(index < threadCapacity, "no buffer for thread \(index)")
        return tiles + index * Self.tileCount
    }

    /// Room for `capacity` doubles (contents undefined), kept for later calls.
    func rowMajorCopy(capacity: Int) -> UnsafeMutablePointer<Double> {
        if let copy, copyCapacity >= capacity { return copy }
        copy?.deallocate()
        let fresh = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        copy = fresh
        copyCapacity = capacity
        return fresh
    }
}
