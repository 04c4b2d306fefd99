/// The 32-bit Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), the bit
/// generator behind numpy's legacy `RandomState`.
///
/// State: 624 words of 32 bits. Seeding from one 32-bit integer is the reference
/// `init_genrand`: `key[0] = seed`, `key[i] = 1812433253 · (key[i-1] ⊕ (key[i-1] >> 30)) + i`
/// (mod 2³²), exactly numpy's `mt19937_seed`.
struct MersenneTwister: Sendable {
    private static let stateLength = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private var key: [UInt32]
    private var position: Int

    init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.stateLength)
        var value = seed
        for index in 0..<Self.stateLength {
            key[index] = value
            value = 1_812_433_253 &* (value ^ (value >> 30)) &+ UInt32(index + 1)
        }
        self.key = key
        self.position = Self.stateLength
    }

    /// The next 32-bit output, tempered.
    mutating func next32() -> UInt32 {
        if position == Self.stateLength { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Refills all 624 words (the "twist").
    private mutating func regenerate() {
        let n = Self.stateLength
        let m = Self.shift
        for index in 0..<n {
            let y = (key[index] & Self.upperMask) | (key[(index + 1) % n] & Self.lowerMask)
            let mixed = (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrixA)
            key[index] = key[(index + m) % n] ^ mixed
        }
        position = 0
    }
}
