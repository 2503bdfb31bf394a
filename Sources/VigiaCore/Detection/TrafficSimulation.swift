import Foundation

/// Simulated per-second traffic of one stream, Poisson by label, to measure a ``BurstDetector``: how often ordinary
/// traffic opens an incident, and how long a burst takes to open one. Deterministic from its seed.
public struct TrafficSimulation: Sendable {
    /// Messages per second of each label when nothing happens; the rest of the traffic is unlabeled chat.
    public var labelRates: [String: Double]
    /// Messages per second of the whole stream when nothing happens.
    public var totalRate: Double
    public var seed: UInt64

    /// The chat of a live with a few hundred viewers: 10 messages a second, the technical labels rare.
    public static let liveChat = TrafficSimulation(
        labelRates: [
            "audio.sem_som": 0.05, "audio.cortando": 0.02, "audio.eco": 0.01, "video.travando": 0.04,
            "video.tela_preta": 0.01, "rede.buffering": 0.03, "nenhum": 9.0,
        ], totalRate: 10, seed: 1)

    public init(labelRates: [String: Double], totalRate: Double, seed: UInt64) {
        self.labelRates = labelRates
        self.totalRate = totalRate
        self.seed = seed
    }

    /// A change of traffic from `start` for `duration` seconds: one label's rate multiplied (a burst), or every
    /// rate multiplied (a goal: the whole chat grows, complaints with it).
    public struct Change: Sendable {
        public var start: Int64
        public var duration: Int64
        public var label: String?
        public var multiplier: Double

        public init(start: Int64, duration: Int64, label: String?, multiplier: Double) {
            self.start = start
            self.duration = duration
            self.label = label
            self.multiplier = multiplier
        }
    }

    /// Runs `seconds` of traffic through `detector` and returns its events with the second they happened.
    public func run(
        seconds: Int64, changes: [Change] = [], detector: inout BurstDetector
    ) -> [(second: Int64, event: BurstDetector.Event)] {
        var random = DeterministicRandom(seed: seed)
        var events: [(second: Int64, event: BurstDetector.Event)] = []
        let labels = labelRates.keys.sorted()
        for second in 0..<seconds {
            let active = changes.filter { second >= $0.start && second < $0.start + $0.duration }
            var counts: [String: Int] = [:]
            var labeled = 0
            for label in labels {
                let multiplier = active.reduce(1.0) { $1.label == nil || $1.label == label ? $0 * $1.multiplier : $0 }
                let count = random.poisson(mean: labelRates[label]! * multiplier)
                counts[label] = count
                labeled += count
            }
            let chatMultiplier = active.reduce(1.0) { $1.label == nil ? $0 * $1.multiplier : $0 }
            let unlabeledRate = max(0, totalRate - labelRates.values.reduce(0, +)) * chatMultiplier
            let total = labeled + random.poisson(mean: unlabeledRate)
            for event in detector.record(second: second, total: total, labels: counts) {
                events.append((second, event))
            }
        }
        return events
    }

    /// Incidents opened by `seconds` of ordinary traffic: all false.
    public func falseIncidents(seconds: Int64, settings: BurstDetector.Settings = .init()) -> Int {
        var detector = BurstDetector(settings: settings)
        return run(seconds: seconds, detector: &detector).filter {
            if case .opened = $0.event { true } else { false }
        }.count
    }

    /// Seconds from the start of a burst of `label` (its rate times `multiplier`, for five minutes, after half an
    /// hour of ordinary traffic) to the incident it opens; nil when it opens none.
    public func detectionDelay(
        of label: String, multiplier: Double, settings: BurstDetector.Settings = .init()
    ) -> Int64? {
        var detector = BurstDetector(settings: settings)
        let start: Int64 = 1_800
        let events = run(
            seconds: start + 600, changes: [Change(start: start, duration: 300, label: label, multiplier: multiplier)],
            detector: &detector)
        return events.first { if case .opened(let burst) = $0.event { burst.label == label } else { false } }
            .map { $0.second - start }
    }
}
