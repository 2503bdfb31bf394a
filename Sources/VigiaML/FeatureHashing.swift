/// Hash functions shared by training and inference. Changing any of them changes every model, so the model
/// file records ``FeatureHashing/version`` and refuses a model made with another one.
enum FeatureHashing {
    static let version = 1

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3
    /// Seeds that keep the kinds of features apart: the word "som" and the character n-gram "som" differ.
    static let charNgramSeed: UInt64 = 0x6E67_7261_6D73_0001
    static let bigramSeed: UInt64 = 0x6269_6772_616D_0002
    static let biasHash: UInt64 = 0x6269_6173_0000_0003

    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var hash = fnvOffset
        for index in start..<end { hash = (hash ^ UInt64(bytes[index])) &* fnvPrime }
        return hash
    }

    @inline(__always)
    static func bigram(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(first &* 0x9E37_79B9_7F4A_7C15 ^ second ^ bigramSeed)
    }

    /// A strong final mix so that any bits of the hash can pick the bucket.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }
}
