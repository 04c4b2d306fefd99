/// SplitMix64 (Steele, Lea & Flood, 2014): a 64-bit counter `s += 0x9E3779B97F4A7C15`
/// passed through a mixing function. Used only to expand one seed into the 256-bit
/// state of ``DefaultRandom``, as the xoshiro authors recommend.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// `z = s += γ; z = (z ⊕ z>>30)·0xBF58476D1CE4E5B9; z = (z ⊕ z>>27)·0x94D049BB133111EB; z ⊕ z>>31`.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
