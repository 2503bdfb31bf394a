import Foundation

/// Tail probabilities of the Poisson distribution: how surprising `k` events are when `mean` were expected. Counts
/// of chat messages per label per window are close to Poisson when nothing is happening.
public enum PoissonTail {
    /// P(X ≥ k) for X ~ Poisson(mean), computed in log space so that it stays exact for large counts and tiny
    /// probabilities.
    public static func probability(atLeast k: Int, mean: Double) -> Double {
        guard k > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        // Below the mean the tail is large: take it as the complement of the lower sum.
        if Double(k) <= mean {
            var term = exp(-mean)
            var lower = term
            for value in 1..<k {
                term *= mean / Double(value)
                lower += term
            }
            return max(0, 1 - lower)
        }
        // Above the mean the terms fall fast: sum them from k up until they stop counting.
        let logFirst = -mean + Double(k) * log(mean) - lgamma(Double(k) + 1)
        var term = 1.0
        var sum = 1.0
        var value = k
        while term > 1e-17 * sum {
            value += 1
            term *= mean / Double(value)
            sum += term
        }
        return min(1, exp(logFirst + log(sum)))
    }
}
