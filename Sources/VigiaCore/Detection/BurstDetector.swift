import Foundation

/// Finds bursts of labels in one stream's per-second counts: a pure state machine, with time passed in.
///
/// Each label (and each top level: `audio` sums `audio.*`) keeps a baseline that adapts while nothing is happening:
/// its rate, and its share of the stream's messages. Every second, the counts of the last few seconds (several
/// windows, short ones for big bursts, long ones for modest ones) are tested against what the baseline expects,
/// with the Poisson tail. What it expects is the larger of the baseline rate and the baseline share of the traffic
/// actually seen, so a goal that doubles the chat, and the complaints with it, is not a burst of complaints.
///
/// A burst opens an incident (unless one of the label's leaves already has one, or the label is cooling down after
/// the last one), updates it when it grows, and resolves it after a quiet period.
public struct BurstDetector: Sendable {
    public struct Settings: Sendable, Hashable {
        /// The chance, per label and second, that ordinary traffic passes for a burst. Lower is stricter.
        public var significance = 1e-7
        /// Fewer messages than this in a window never make a burst, however quiet the label was.
        public var minimumCount = 5
        /// A burst must be at least this many times what the baseline expects.
        public var minimumRatio = 2.5
        /// The windows tested every second, in seconds.
        public var windows = [2, 5, 15, 60]
        /// How fast baselines follow the traffic: the age, in seconds, at which a second weighs half.
        public var baselineHalfLife = 900.0
        /// Seconds of traffic seen before anything is tested, so the first baselines are not guesses.
        public var warmUp: Int64 = 180
        /// A burst is over when no window has been significant for this many seconds.
        public var quietPeriod: Int64 = 60
        /// After an incident is resolved, the same label cannot open another for this many seconds.
        public var cooldown: Int64 = 120
        /// The lowest rate (messages per second) a baseline assumes: a label never seen is not expected at zero.
        public var rateFloor = 1.0 / 600
        /// Seconds whose counts are this unlikely (though not a burst) do not teach the baseline, so that a burst
        /// does not raise its own baseline before it is detected.
        public var suspicion = 1e-3
        /// Labels that mean "nothing is wrong" (`nenhum`), never tested.
        public var ignoredLabels: Set<String> = ["nenhum"]

        public init() {}
    }

    /// A burst as the detector sees it.
    public struct Burst: Sendable, Hashable {
        public let label: String
        public let level: Incident.Level
        /// The second the burst started (stream time, seconds since the epoch).
        public var startedAt: Int64
        /// The second it peaked, with its rate then (messages per minute, over the window that detected it).
        public var peakAt: Int64
        public var peakRatePerMinute: Double
        /// What the baseline expected, per minute, when the burst opened.
        public var baselineRatePerMinute: Double
        /// The label's share of the stream's messages at the peak (0…1).
        public var share: Double
        /// Messages with the label since the burst started.
        public var messageCount: Int
        public var severity: Incident.Severity
        /// The last second of the burst, once it is resolved.
        public var endedAt: Int64?

        public init(
            label: String, level: Incident.Level, startedAt: Int64, peakAt: Int64, peakRatePerMinute: Double,
            baselineRatePerMinute: Double, share: Double, messageCount: Int, severity: Incident.Severity,
            endedAt: Int64? = nil
        ) {
            self.label = label
            self.level = level
            self.startedAt = startedAt
            self.peakAt = peakAt
            self.peakRatePerMinute = peakRatePerMinute
            self.baselineRatePerMinute = baselineRatePerMinute
            self.share = share
            self.messageCount = messageCount
            self.severity = severity
            self.endedAt = endedAt
        }
    }

    public enum Event: Sendable, Hashable {
        case opened(Burst)
        case updated(Burst)
        case resolved(Burst)

        public var burst: Burst {
            switch self {
            case .opened(let burst), .updated(let burst), .resolved(let burst): burst
            }
        }
    }

    private struct LabelState: Sendable {
        let label: String
        let level: Incident.Level
        /// Counts of the last seconds, newest at `(cursor - 1) % capacity`.
        var recent: [Int]
        /// The sum of `recent` over each window of the settings, kept as seconds come and go.
        var windowCounts: [Int]
        /// Its usual rate (messages per second) and share of the stream's messages.
        var baseline: AdaptiveBaseline
        var open: Burst?
        var quietSince: Int64?
        /// The last second the shortest windows still saw the burst's rate: where it really ended, since the long
        /// windows stay significant for up to a minute after.
        var lastElevated: Int64?
        var coolingUntil: Int64 = .min

        mutating func slide(adding value: Int, windows: [Int], cursor: Int) {
            BurstDetector.slide(&recent, sums: &windowCounts, windows: windows, cursor: cursor, adding: value)
        }

        /// Whether this is a leaf under the top level `top` (`audio.sem_som` under `audio`).
        func isLeaf(of top: String) -> Bool {
            level == .leaf && label.count > top.count && label.hasPrefix(top) && label.dropFirst(top.count).first == "."
        }
    }

    public let settings: Settings
    private let longestWindow: Int
    private let decay: Double
    /// Every label seen, in the order first seen; changed in place (a state copied out of a dictionary and back
    /// copied its rings every second).
    private var states: [LabelState] = []
    private var stateIndex: [String: Int] = [:]
    /// The labels' indexes in the order they are tested: leaves first, so a top level knows whether one of its
    /// leaves has a burst open. Kept, not sorted every second: sorting was most of the detector's time.
    private var testingOrder: [Int] = []
    private var totals: [Int]
    private var windowTotals: [Int]
    /// The weight a label seen from the first second would have: a label seen later starts with it, its earlier
    /// seconds having had none of it.
    private var streamWeight = 0.0
    private var cursor = 0
    private var lastSecond: Int64?
    private var secondsSeen: Int64 = 0

    public init(settings: Settings = Settings()) {
        self.settings = settings
        longestWindow = settings.windows.max() ?? 60
        decay = pow(0.5, 1 / settings.baselineHalfLife)
        totals = Array(repeating: 0, count: longestWindow)
        windowTotals = Array(repeating: 0, count: settings.windows.count)
    }

    /// The open bursts, by label.
    public var openBursts: [String: Burst] {
        Dictionary(uniqueKeysWithValues: states.compactMap { state in state.open.map { (state.label, $0) } })
    }

    /// Feeds one second of the stream: how many messages it had, and how many had each leaf label. Seconds must come
    /// in increasing order; seconds skipped count as seconds without messages.
    public mutating func record(second: Int64, total: Int, labels leafCounts: [String: Int]) -> [Event] {
        var events: [Event] = []
        if let lastSecond, second > lastSecond + 1 {
            // A long silence need not be replayed second by second: the windows are empty after the longest one.
            let gap = second - lastSecond - 1
            for silent in (lastSecond + 1 + max(0, gap - Int64(longestWindow)))..<second {
                events += step(second: silent, total: 0, counts: [:])
            }
        }
        guard lastSecond.map({ second > $0 }) ?? true else { return events }
        var counts: [String: Int] = [:]
        var topLevels: Set<String> = []
        for (label, count) in leafCounts where !settings.ignoredLabels.contains(label) && count > 0 {
            counts[label, default: 0] += count
            if let dot = label.firstIndex(of: ".") {
                counts[String(label[..<dot]), default: 0] += count
                topLevels.insert(String(label[..<dot]))
            }
        }
        return events + step(second: second, total: total, counts: counts, topLevels: topLevels)
    }

    private mutating func step(
        second: Int64, total: Int, counts: [String: Int], topLevels: Set<String> = []
    ) -> [Event] {
        lastSecond = second
        secondsSeen += 1
        Self.slide(&totals, sums: &windowTotals, windows: settings.windows, cursor: cursor, adding: total)
        for label in counts.keys where stateIndex[label] == nil {
            let level: Incident.Level = topLevels.contains(label) ? .top : .leaf
            stateIndex[label] = states.count
            testingOrder.append(states.count)
            states.append(
                LabelState(
                    label: label, level: level, recent: Array(repeating: 0, count: longestWindow),
                    windowCounts: Array(repeating: 0, count: settings.windows.count),
                    baseline: AdaptiveBaseline(weight: streamWeight)))
            testingOrder.sort {
                (states[$0].level == .top ? 1 : 0, states[$0].label) < (
                    states[$1].level == .top ? 1 : 0, states[$1].label
                )
            }
        }
        for index in testingOrder {
            states[index].slide(adding: counts[states[index].label] ?? 0, windows: settings.windows, cursor: cursor)
        }
        cursor = (cursor + 1) % longestWindow

        var events: [Event] = []
        let testing = secondsSeen > settings.warmUp
        for index in testingOrder {
            let count = counts[states[index].label] ?? 0
            let test = testing ? strongestWindow(of: index) : nil
            let significant = test.flatMap {
                $0.probability < settings.significance / Double(settings.windows.count) ? $0 : nil
            }
            // Most labels, most seconds: no burst open and none starting, nothing to advance.
            if states[index].open != nil || significant != nil,
                let event = advance(index, second: second, count: count, significant: significant)
            {
                events.append(event)
            }
            // A burst does not teach the baseline, nor does what may be the start of one: it would soon look normal.
            if states[index].open == nil, (test?.probability ?? 1) >= settings.suspicion {
                // Changed in place, with no method of the detector: calling one with a state of its own in-out made
                // Swift copy the whole detector, every label, every second.
                states[index].baseline.learn(
                    rate: Double(count), share: total > 0 ? Double(count) / Double(total) : nil, decay: decay)
            }
        }
        streamWeight = streamWeight * decay + (1 - decay)
        return events
    }

    /// The window whose count is least likely under the baseline, among those large enough to be a burst.
    private func strongestWindow(of label: Int) -> Window? {
        var best: Window?
        for index in settings.windows.indices {
            let (count, expected) = countAndExpectation(label, window: index)
            guard count >= settings.minimumCount, Double(count) >= expected * settings.minimumRatio else { continue }
            let (window, total) = (settings.windows[index], windowTotals[index])
            // Several windows are tested each second: each gets its part of the significance (see the caller).
            let probability = PoissonTail.probability(atLeast: count, mean: expected)
            if best.map({ probability < $0.probability }) ?? true {
                best = Window(
                    seconds: window, count: count, total: total, expected: expected, probability: probability)
            }
        }
        return best
    }

    /// A window's count of the label, and what the baseline expects there.
    private func countAndExpectation(_ label: Int, window index: Int) -> (count: Int, expected: Double) {
        let count = states[label].windowCounts[index]
        let baseline = states[label].baseline
        let rate = max(baseline.rate, settings.rateFloor)
        // The share expects the label in proportion to the rest of the traffic: a burst must not raise its own
        // expectation by adding to the total.
        let share = min(baseline.share, 0.99)
        let expected = max(
            rate * Double(settings.windows[index]), share / (1 - share) * Double(windowTotals[index] - count))
        return (count, expected)
    }

    /// Whether the shortest windows (up to 5 s) still see the burst's rate.
    private func isElevated(_ label: Int) -> Bool {
        settings.windows.indices.contains { index in
            guard settings.windows[index] <= 5 else { return false }
            let (count, expected) = countAndExpectation(label, window: index)
            return count >= settings.minimumCount && Double(count) >= expected * settings.minimumRatio
        }
    }

    /// Writes this second's value at `cursor` of a ring of the last seconds, and moves each window's sum: the value
    /// that leaves a window of w seconds is the one w seconds back.
    private static func slide(_ ring: inout [Int], sums: inout [Int], windows: [Int], cursor: Int, adding value: Int) {
        for (index, window) in windows.enumerated() {
            sums[index] += value - ring[(cursor - window + ring.count) % ring.count]
        }
        ring[cursor] = value
    }

    private struct Window {
        let seconds: Int
        let count: Int
        let total: Int
        let expected: Double
        let probability: Double

        var ratePerMinute: Double { Double(count) * 60 / Double(seconds) }
        var share: Double { total > 0 ? Double(count) / Double(total) : 0 }
        var ratio: Double { Double(count) / expected }
    }

    private mutating func advance(_ index: Int, second: Int64, count: Int, significant: Window?) -> Event? {
        var state = states[index]
        defer { states[index] = state }
        if var burst = state.open {
            burst.messageCount += count
            if isElevated(index) { state.lastElevated = second }
            guard let window = significant else {
                let quietSince = state.quietSince ?? second
                state.quietSince = quietSince
                guard second - quietSince >= settings.quietPeriod else {
                    state.open = burst
                    return nil
                }
                burst.endedAt = min(quietSince, state.lastElevated ?? quietSince)
                state.open = nil
                state.quietSince = nil
                state.lastElevated = nil
                state.coolingUntil = second + settings.cooldown
                return .resolved(burst)
            }
            state.quietSince = nil
            guard window.ratePerMinute > burst.peakRatePerMinute else {
                state.open = burst
                return nil
            }
            let reported = burst.peakRatePerMinute
            burst.peakAt = second
            burst.peakRatePerMinute = window.ratePerMinute
            burst.share = max(burst.share, window.share)
            let severity = Self.severity(ratio: window.ratio, share: burst.share)
            // Updates are for people: only when the burst is notably bigger than last said.
            let grew = severity > burst.severity || window.ratePerMinute >= reported * 1.5
            burst.severity = max(burst.severity, severity)
            state.open = burst
            return grew ? .updated(burst) : nil
        }
        guard let window = significant, second >= state.coolingUntil else { return nil }
        if state.level == .top, states.contains(where: { $0.open != nil && $0.isLeaf(of: state.label) }) {
            return nil
        }
        let burst = Burst(
            label: state.label, level: state.level, startedAt: startOfBurst(state, window: window, at: second),
            peakAt: second, peakRatePerMinute: window.ratePerMinute,
            baselineRatePerMinute: window.expected * 60 / Double(window.seconds), share: window.share,
            messageCount: window.count, severity: Self.severity(ratio: window.ratio, share: window.share))
        state.open = burst
        return .opened(burst)
    }

    /// The first second of the detecting window that had more than the baseline expects in a second.
    private func startOfBurst(_ state: LabelState, window: Window, at second: Int64) -> Int64 {
        let perSecond = window.expected / Double(window.seconds)
        for back in stride(from: window.seconds, through: 1, by: -1) {
            let slot = (cursor - back + longestWindow) % longestWindow
            if Double(state.recent[slot]) > perSecond * settings.minimumRatio { return second - Int64(back) + 1 }
        }
        return second
    }

    static func severity(ratio: Double, share: Double) -> Incident.Severity {
        switch (ratio, share) {
        case (20..., _), (_, 0.3...): .critical
        case (10..., _), (_, 0.15...): .high
        case (5..., _), (_, 0.05...): .medium
        default: .low
        }
    }
}

extension BurstDetector.Settings {
    /// These settings with a stream's overrides in place.
    public func applying(_ detection: Stream.Detection) -> Self {
        var settings = self
        if let minimumCount = detection.minimumCount { settings.minimumCount = minimumCount }
        if let minimumRatio = detection.minimumRatio { settings.minimumRatio = minimumRatio }
        if let quiet = detection.quietPeriodSeconds { settings.quietPeriod = Int64(quiet) }
        if let ignored = detection.ignoredLabels { settings.ignoredLabels = ignoredLabels.union(ignored) }
        return settings
    }
}
