import Foundation

/// Finds the terms of one stream whose frequency bursts now against their own baseline (a player's name after a
/// goal, "bluetooth" after an app release): a pure state machine, with time passed in.
///
/// Messages are counted per term in buckets of a few seconds. When a bucket closes, each term's count over the
/// last window (a minute) is tested with the Poisson tail against what its baseline expects: the larger of its
/// usual rate and its usual share of the messages actually seen, so a term that grows only because the whole chat
/// grew is not trending. Baselines are exponentially weighted averages, like ``BurstDetector``'s, and learn from
/// trending buckets too: a term that stays popular for hours becomes its own new normal and stops trending.
///
/// Memory is bounded: at most ``Settings/maximumTerms`` terms are tracked. A new term that finds them all taken
/// first drops a quarter of them, the least used (counted in the window plus usual rate; ties by the bucket last
/// used, then by term), never a trending one while another is left. Results are sorted, so the same messages in
/// the same order give the same events and trends.
public struct TrendingTerms: Sendable {
    public struct Settings: Sendable, Hashable {
        /// Seconds per bucket: terms are tested when a bucket closes, so a trend shows within this much of the
        /// bucket that made it.
        public var bucketSeconds: Int64 = 10
        /// The window tested, in buckets: a minute, long enough to count a few mentions of a rare term.
        public var windowBuckets = 6
        /// The chance, per term and bucket, that ordinary traffic passes for a trend. Thousands of terms are tested
        /// every bucket: at this level, simulated steady chat trended nothing in 112 hours.
        public var significance = 1e-7
        /// Fewer mentions than this in the window never make a trend, however rare the term was.
        public var minimumCount = 8
        /// A trend must be at least this many times what the baseline expects.
        public var minimumRatio = 3.0
        /// How fast baselines follow the stream: the age, in seconds, at which a bucket weighs half. An hour, so a
        /// trend of minutes barely moves its term's baseline and one of hours ends.
        public var baselineHalfLife = 3_600.0
        /// Seconds of the stream seen before anything trends, so the first baselines are not guesses.
        public var warmUp: Int64 = 600
        /// A trend ends once its window has been below the minimum count or ratio for this many seconds.
        public var quietPeriod: Int64 = 60
        /// The lowest rate (mentions per second) a baseline assumes: a term never seen is not expected at zero.
        public var rateFloor = 1.0 / 600
        /// Buckets whose counts are this unlikely (though not a trend) do not teach the baseline, so that a trend
        /// does not raise its own baseline before it is detected.
        public var suspicion = 1e-3
        /// The most terms tracked at once.
        public var maximumTerms = 5_000

        public init() {}
    }

    /// A trending term, as of the last bucket closed.
    public struct Trend: Sendable, Hashable {
        public let term: String
        /// The first second of the bucket where the term rose (stream time, seconds since the epoch).
        public let since: Int64
        /// Messages with the term in the window.
        public var count: Int
        /// What the baseline expects in the window.
        public var expected: Double
        /// The Poisson tail of `count` under `expected`: the smaller, the more significant.
        public var probability: Double
        /// The highest count in the window since the trend started.
        public var peakCount: Int
        /// Once the trend has ended, the second it calmed down: the end of its last busy bucket.
        public var endedAt: Int64?

        /// How many times what the baseline expects.
        public var ratio: Double { Double(count) / expected }
    }

    public enum Event: Sendable, Hashable {
        case started(Trend)
        case ended(Trend)

        public var trend: Trend {
            switch self {
            case .started(let trend), .ended(let trend): trend
            }
        }
    }

    private struct TermState: Sendable {
        let term: String
        var windowCount = 0
        /// The count of the open bucket.
        var current = 0
        /// The last message counted, so that a term repeated in one message counts once.
        var lastMessage = 0
        var lastUsedBucket: Int64
        /// Its usual rate (mentions per second) and share of the messages.
        var baseline: AdaptiveBaseline
        var trend: Trend?
        var quietSince: Int64?
        /// The end of the trend's last busy bucket: where it really calmed down, since the window stays above
        /// the minimum for up to its length after.
        var busyUntil: Int64?
    }

    public let settings: Settings
    private let decay: Double
    private var terms: [TermState] = []
    private var positions: [String: Int] = [:]
    /// Each term's counts of the last closed buckets, `windowBuckets` a term, in the order of `terms`; the newest
    /// at `cursor` after a bucket closes. One array, not one per term, so that closing a bucket allocates nothing.
    private var recent: [Int] = []
    private var totals: [Int]
    private var windowTotal = 0
    private var currentTotal = 0
    private var cursor = 0
    /// The open bucket (stream seconds divided by the bucket length), nil before the first message.
    private var openBucket: Int64?
    private var bucketsClosed: Int64 = 0
    /// The weight a term tracked from the first bucket would have: a term tracked later starts with it, having
    /// been absent before.
    private var streamWeight = 0.0
    private var messages = 0

    public init(settings: Settings = Settings()) {
        precondition(settings.bucketSeconds > 0 && settings.windowBuckets > 0 && settings.maximumTerms > 0)
        self.settings = settings
        decay = pow(0.5, Double(settings.bucketSeconds) / settings.baselineHalfLife)
        totals = Array(repeating: 0, count: settings.windowBuckets)
    }

    /// How many terms are tracked.
    public var trackedTermCount: Int { terms.count }

    /// The trending terms, most significant first (then by count, then by term).
    public func trending(limit: Int = 10) -> [Trend] {
        let trends = terms.compactMap(\.trend).sorted {
            ($0.probability, -$0.count, $0.term) < ($1.probability, -$1.count, $1.term)
        }
        return Array(trends.prefix(limit))
    }

    /// Counts one message of the stream with its terms (each distinct term once); a message without terms still
    /// counts in the total. Returns the events of the buckets that `second` closes. Time does not go back: a
    /// message older than the open bucket counts in it.
    public mutating func record(_ messageTerms: [String], at second: Int64) -> [Event] {
        let events = advance(to: second)
        messages += 1
        currentTotal += 1
        for term in messageTerms {
            if positions[term] == nil {
                if terms.count >= settings.maximumTerms { evictLeastUsed() }
                positions[term] = terms.count
                terms.append(
                    TermState(
                        term: term, lastUsedBucket: openBucket!, baseline: AdaptiveBaseline(weight: streamWeight)))
                recent.append(contentsOf: repeatElement(0, count: settings.windowBuckets))
            }
            let position = positions[term]!
            guard terms[position].lastMessage != messages else { continue }
            terms[position].lastMessage = messages
            terms[position].current += 1
            terms[position].lastUsedBucket = openBucket!
        }
        return events
    }

    /// Closes the buckets that end by `second`, with no more messages: a quiet stream still ends its trends.
    /// Returns their events.
    public mutating func advance(to second: Int64) -> [Event] {
        let bucket = Self.floorDivide(second, settings.bucketSeconds)
        guard let open = openBucket else {
            openBucket = bucket
            return []
        }
        guard bucket > open else { return [] }
        var events = close(open)
        // A long silence need not be replayed bucket by bucket: the windows are empty after the window's length.
        let firstSilent = max(open + 1, bucket - Int64(settings.windowBuckets))
        for silent in firstSilent..<bucket { events += close(silent) }
        openBucket = bucket
        return events
    }

    private mutating func close(_ bucket: Int64) -> [Event] {
        let width = settings.windowBuckets
        let start = bucket * settings.bucketSeconds
        let total = currentTotal
        windowTotal += total - totals[cursor]
        totals[cursor] = total
        currentTotal = 0
        bucketsClosed += 1
        let testing = bucketsClosed * settings.bucketSeconds > settings.warmUp
        var events: [Event] = []
        for position in terms.indices {
            var state = terms[position]
            // A term absent from the whole window has nothing to slide, test or end, only a baseline to decay.
            guard state.windowCount > 0 || state.current > 0 || state.trend != nil else {
                learn(&state, count: 0, total: total)
                terms[position] = state
                continue
            }
            let count = state.current
            let slot = position * width + cursor
            state.windowCount += count - recent[slot]
            recent[slot] = count
            state.current = 0
            let expected = expectation(state)
            let elevated =
                state.windowCount >= settings.minimumCount
                && Double(state.windowCount) >= expected * settings.minimumRatio
            let probability =
                testing && elevated ? PoissonTail.probability(atLeast: state.windowCount, mean: expected) : 1
            let event = update(
                &state, at: position, start: start, expected: expected, elevated: elevated, probability: probability)
            if let event { events.append(event) }
            if state.trend != nil || probability >= settings.suspicion {
                learn(&state, count: count, total: total)
            }
            terms[position] = state
        }
        cursor = (cursor + 1) % width
        streamWeight = streamWeight * decay + (1 - decay)
        return events.sorted { $0.trend.term < $1.trend.term }
    }

    /// What the baseline expects in the window: the larger of the usual rate and the usual share of the rest of the
    /// window's messages (the rest: a trend must not raise its own expectation by adding to the total).
    private func expectation(_ state: TermState) -> Double {
        let rate = max(state.baseline.rate, settings.rateFloor)
        let share = min(state.baseline.share, 0.99)
        let windowSeconds = Double(settings.windowBuckets) * Double(settings.bucketSeconds)
        return max(rate * windowSeconds, share / (1 - share) * Double(windowTotal - state.windowCount))
    }

    private func learn(_ state: inout TermState, count: Int, total: Int) {
        state.baseline.learn(
            rate: Double(count) / Double(settings.bucketSeconds),
            share: total > 0 ? Double(count) / Double(total) : nil, decay: decay)
    }

    /// Starts, follows or ends the term's trend after the bucket starting at `start` closed.
    private func update(
        _ state: inout TermState, at position: Int, start: Int64, expected: Double, elevated: Bool,
        probability: Double
    ) -> Event? {
        let end = start + settings.bucketSeconds
        let busy = isBusy(recent[position * settings.windowBuckets + cursor], expected: expected)
        guard var trend = state.trend else {
            guard probability < settings.significance else { return nil }
            let trend = Trend(
                term: state.term, since: startOfTrend(at: position, expected: expected, closing: start),
                count: state.windowCount, expected: expected, probability: probability, peakCount: state.windowCount)
            state.trend = trend
            state.busyUntil = busy ? end : nil
            return .started(trend)
        }
        trend.count = state.windowCount
        trend.expected = expected
        trend.probability = PoissonTail.probability(atLeast: state.windowCount, mean: expected)
        trend.peakCount = max(trend.peakCount, state.windowCount)
        if busy { state.busyUntil = end }
        if elevated {
            state.quietSince = nil
        } else {
            let quietSince = state.quietSince ?? start
            state.quietSince = quietSince
            if end - quietSince >= settings.quietPeriod {
                trend.endedAt = min(quietSince, state.busyUntil ?? quietSince)
                state.trend = nil
                state.quietSince = nil
                state.busyUntil = nil
                return .ended(trend)
            }
        }
        state.trend = trend
        return nil
    }

    /// The first second of the oldest busy bucket in the window.
    private func startOfTrend(at position: Int, expected: Double, closing start: Int64) -> Int64 {
        let width = settings.windowBuckets
        for back in stride(from: width - 1, through: 0, by: -1)
        where isBusy(recent[position * width + (cursor - back + width) % width], expected: expected) {
            return start - Int64(back) * settings.bucketSeconds
        }
        return start
    }

    /// Whether a bucket's count is more than one mention (a stray mention is not where a trend starts or ends) and
    /// more than the minimum ratio of a bucket's part of the window's expectation.
    private func isBusy(_ count: Int, expected: Double) -> Bool {
        count > 1 && Double(count) > expected / Double(settings.windowBuckets) * settings.minimumRatio
    }

    /// Drops a quarter of the tracked terms (at least one), the least used, trending ones last. A quarter, so that
    /// a stream that keeps bringing new words (most chat words are said once) sorts its terms rarely.
    private mutating func evictLeastUsed() {
        let windowSeconds = Double(settings.windowBuckets) * Double(settings.bucketSeconds)
        let usage = terms.map {
            $0.trend != nil
                ? .infinity : Double($0.windowCount + $0.current) + $0.baseline.rate * windowSeconds
        }
        let keep = terms.indices.sorted { a, b in
            if usage[a] != usage[b] { return usage[a] > usage[b] }
            let (x, y) = (terms[a], terms[b])
            if x.lastUsedBucket != y.lastUsedBucket { return x.lastUsedBucket > y.lastUsedBucket }
            return x.term < y.term
        }.prefix(terms.count - max(1, settings.maximumTerms / 4))
        // Kept in their tracking order, so that the order of the rest does not depend on the eviction's.
        let kept = keep.sorted()
        let width = settings.windowBuckets
        terms = kept.map { terms[$0] }
        recent = kept.flatMap { recent[($0 * width)..<(($0 + 1) * width)] }
        positions = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($0.element.term, $0.offset) })
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}
