import Foundation
import Testing

@testable import VigiaCore

@Suite struct BurstDetectorTests {
    @Test func poissonTailMatchesDirectSums() {
        for mean in [0.3, 2.0, 7.5, 40.0] {
            for k in [0, 1, 3, 10, 25, 80] {
                var lower = 0.0
                var term = exp(-mean)
                for value in 0..<k {
                    if value > 0 { term *= mean / Double(value) }
                    lower += term
                }
                let expected = max(0, 1 - lower)
                let tail = PoissonTail.probability(atLeast: k, mean: mean)
                #expect(abs(tail - expected) <= 1e-9 + expected * 1e-6, "P(X ≥ \(k); \(mean))")
            }
        }
        // Far in the tail, where 1 - lower sum would round to zero.
        #expect(PoissonTail.probability(atLeast: 60, mean: 5) > 0)
        #expect(PoissonTail.probability(atLeast: 60, mean: 5) < 1e-30)
    }

    @Test func ordinaryTrafficOpensNoIncidentInADay() {
        let falseIncidents = (1...2).map { seed in
            var traffic = TrafficSimulation.liveChat
            traffic.seed = UInt64(seed)
            return traffic.falseIncidents(seconds: 86_400)
        }
        #expect(falseIncidents.reduce(0, +) <= 2, "\(falseIncidents) false incidents in 2 simulated days")
    }

    func detectionDelay(multiplier: Double) -> Int64? {
        var traffic = TrafficSimulation.liveChat
        traffic.labelRates["audio.sem_som"] = 0.5
        return traffic.detectionDelay(of: "audio.sem_som", multiplier: multiplier)
    }

    @Test func biggerBurstsOpenSooner() throws {
        let tenfold = try #require(detectionDelay(multiplier: 10))
        let fivefold = try #require(detectionDelay(multiplier: 5))
        let threefold = try #require(detectionDelay(multiplier: 3))
        #expect(tenfold <= 5)
        #expect(fivefold <= 15)
        #expect(threefold <= 60)
        #expect(tenfold <= fivefold && fivefold <= threefold)
    }

    @Test func aGoalThatTriplesTheChatIsNoBurstOfComplaints() {
        var detector = BurstDetector()
        var traffic = TrafficSimulation.liveChat
        traffic.labelRates["audio.sem_som"] = 0.5
        let events = traffic.run(
            seconds: 3_600, changes: [.init(start: 1_800, duration: 240, label: nil, multiplier: 3)],
            detector: &detector)
        #expect(events.isEmpty, "\(events)")
    }

    @Test func aBurstOpensUpdatesAndResolvesAfterAQuietPeriod() throws {
        var detector = BurstDetector()
        var traffic = TrafficSimulation.liveChat
        traffic.labelRates["audio.sem_som"] = 0.2
        let events = traffic.run(
            seconds: 3_000,
            changes: [
                .init(start: 1_000, duration: 300, label: "audio.sem_som", multiplier: 8),
                .init(start: 1_100, duration: 200, label: "audio.sem_som", multiplier: 5),
            ], detector: &detector)
        let mine = events.filter { $0.event.burst.label == "audio.sem_som" }
        guard case .opened(let opened) = try #require(mine.first?.event) else {
            Issue.record("first event is not an opening: \(mine)")
            return
        }
        #expect(opened.level == .leaf && opened.startedAt >= 995 && opened.startedAt <= 1_005)
        #expect(mine.contains { if case .updated = $0.event { true } else { false } })
        guard case .resolved(let resolved) = try #require(mine.last?.event) else {
            Issue.record("last event is not a resolution: \(mine)")
            return
        }
        let ended = try #require(resolved.endedAt)
        #expect(ended >= 1_295 && ended <= 1_305)
        #expect(mine.last!.second >= ended + detector.settings.quietPeriod)
        #expect(resolved.severity >= .high && resolved.messageCount > 1_000)
        // Only the burst's own label, and its top level stays quiet while the leaf has the incident.
        #expect(events.allSatisfy { $0.event.burst.label == "audio.sem_som" })
        #expect(detector.openBursts.isEmpty)
    }

    @Test func smallLeafBurstsTogetherOpenTheirTopLevel() {
        var detector = BurstDetector()
        var traffic = TrafficSimulation.liveChat
        let leaves = ["audio.sem_som", "audio.cortando", "audio.eco", "audio.chiando", "audio.atraso"]
        for leaf in leaves { traffic.labelRates[leaf] = 0.1 }
        let events = traffic.run(
            seconds: 2_400,
            changes: leaves.map { .init(start: 1_800, duration: 300, label: $0, multiplier: 3) },
            detector: &detector)
        let opened = events.compactMap { if case .opened(let burst) = $0.event { burst } else { nil } }
        #expect(opened.contains { $0.label == "audio" && $0.level == .top }, "\(opened.map(\.label))")
    }

    @Test func theSameTrafficGivesTheSameEvents() {
        var first = BurstDetector()
        var second = BurstDetector()
        let change = TrafficSimulation.Change(start: 900, duration: 120, label: "video.travando", multiplier: 20)
        let a = TrafficSimulation.liveChat.run(seconds: 1_500, changes: [change], detector: &first)
        let b = TrafficSimulation.liveChat.run(seconds: 1_500, changes: [change], detector: &second)
        #expect(a.map(\.event) == b.map(\.event) && a.map(\.second) == b.map(\.second))
        #expect(!a.isEmpty)
    }
}
