import Foundation

/// How many of a stream's recent messages had each keyphrase candidate: what makes a word rare or common for
/// ``KeyphraseExtractor``.
///
/// Memory is bounded: at most ``capacity`` terms. When a new term finds the vocabulary full, every term of the
/// lowest counts goes, as many counts as it takes to free a tenth of it; the set removed depends on the counts
/// alone, so eviction is deterministic without sorting 50,000 strings. Counts also age: when ``documentCount``
/// reaches ``horizon``, every count and the document count are halved (terms down to zero go), so the frequencies
/// follow the stream, and a term that becomes common later is not evicted forever by terms that were common first.
public struct DocumentFrequencies: Sendable {
    /// The most terms kept.
    public let capacity: Int
    /// The document count at which counts are halved.
    public let horizon: Int
    /// The messages counted (halved with the counts).
    public private(set) var documentCount = 0
    private var counts: [String: Int] = [:]

    public init(capacity: Int = 50_000, horizon: Int = 200_000) {
        precondition(capacity > 0 && horizon > 1)
        self.capacity = capacity
        self.horizon = horizon
    }

    /// How many terms are kept.
    public var vocabularySize: Int { counts.count }

    /// How many of the counted messages had `term` (0 for a term not kept).
    public func frequency(of term: String) -> Int { counts[term] ?? 0 }

    /// The smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1: above 1 for any term, highest for terms
    /// never seen.
    public func inverseFrequency(of term: String) -> Double {
        log(Double(1 + documentCount) / Double(1 + frequency(of: term))) + 1
    }

    /// Counts one message: each of its candidates once.
    public mutating func record(_ candidates: [KeyphraseExtractor.Candidate]) {
        documentCount += 1
        for candidate in candidates {
            if counts[candidate.term] == nil, counts.count >= capacity { evictRarest() }
            counts[candidate.term, default: 0] += 1
        }
        if documentCount >= horizon { halve() }
    }

    /// Removes every term whose count is among the lowest, until at least a tenth of the capacity is free.
    private mutating func evictRarest() {
        var termsByCount: [Int: Int] = [:]
        for count in counts.values { termsByCount[count, default: 0] += 1 }
        let wanted = max(1, capacity / 10)
        var threshold = 0
        var removed = 0
        for (count, terms) in termsByCount.sorted(by: { $0.key < $1.key }) where removed < wanted {
            threshold = count
            removed += terms
        }
        counts = counts.filter { $0.value > threshold }
    }

    private mutating func halve() {
        documentCount /= 2
        counts = counts.compactMapValues { $0 >= 2 ? $0 / 2 : nil }
    }
}
