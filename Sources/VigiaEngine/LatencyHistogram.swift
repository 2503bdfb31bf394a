import Synchronization

/// Durations counted into fixed buckets, cheap enough to record on every batch, and written in Prometheus' text
/// format when scraped. The engine keeps its own so that it needs no metrics library.
public final class LatencyHistogram: Sendable {
    /// Upper bounds in seconds, from 100 µs (classifying a small batch) to 5 s (a commit under pressure).
    public static let bounds: [Double] = [
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
    ]

    private struct Counts {
        var buckets = [Int](repeating: 0, count: LatencyHistogram.bounds.count)
        var count = 0
        var sum = 0.0
    }

    private let counts = Mutex(Counts())

    public init() {}

    public func record(_ duration: Duration) {
        let seconds = duration.inSeconds
        counts.withLock { counts in
            if let bucket = Self.bounds.firstIndex(where: { seconds <= $0 }) { counts.buckets[bucket] += 1 }
            counts.count += 1
            counts.sum += seconds
        }
    }

    /// How many durations were recorded.
    public var count: Int { counts.withLock { $0.count } }

    /// The histogram as Prometheus text: cumulative buckets, sum and count.
    public func prometheus(name: String, help: String) -> String {
        let counts = counts.withLock { $0 }
        var text = "# HELP \(name) \(help)\n# TYPE \(name) histogram\n"
        var cumulative = 0
        for (bound, count) in zip(Self.bounds, counts.buckets) {
            cumulative += count
            text += "\(name)_bucket{le=\"\(bound)\"} \(cumulative)\n"
        }
        text +=
            "\(name)_bucket{le=\"+Inf\"} \(counts.count)\n\(name)_sum \(counts.sum)\n\(name)_count \(counts.count)\n"
        return text
    }
}
