import Foundation

/// A small, fast pseudo-random generator whose sequence depends only on its seed (SplitMix64).
///
/// Training and synthetic data must be reproducible byte for byte from a seed, on every platform; the system
/// generator is neither seedable nor stable across Swift versions.
public struct DeterministicRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0), by multiply-shift: fast and stable across platforms.
    public mutating func below(_ bound: Int) -> Int {
        Int((UInt128(next()) &* UInt128(UInt64(bound))) >> 64)
    }

    /// A uniform Float in [0, 1).
    public mutating func unitFloat() -> Float { Float(next() >> 40) * 0x1p-24 }

    /// A uniform Double in [0, 1).
    public mutating func unitDouble() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unitDouble() < p }

    /// One element chosen uniformly.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }

    /// Fisher–Yates shuffle with this generator.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// A count with a Poisson distribution of mean `mean` (how many messages arrive in a second): Knuth's method,
    /// and a rounded normal approximation above a mean of 50, where Knuth's would take too many draws.
    public mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 50 {
            let radius = (-2 * log(max(unitDouble(), Double.leastNormalMagnitude))).squareRoot()
            let normal = radius * cos(2 * Double.pi * unitDouble())
            return max(0, Int((mean + normal * mean.squareRoot()).rounded()))
        }
        let limit = exp(-mean)
        var product = unitDouble()
        var count = 0
        while product > limit {
            product *= unitDouble()
            count += 1
        }
        return count
    }
}
