import ArgumentParser
import Foundation
import VigiaCore

struct BenchDetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "False incidents per day and detection delays of the burst detector, on simulated Poisson traffic.",
        discussion: """
            Simulates the chat of a live (10 messages a second, a few technical labels at 0.01–0.05 a second) with \
            the default detector settings: days of ordinary traffic count false incidents; then bursts of one \
            label (0.5 a second at baseline) multiplied 3, 5 and 10 times, once per seed, measure the seconds of \
            stream time until an incident opens.
            """)

    @Option(help: "Days of ordinary traffic to simulate.")
    var days: Int = 3

    @Option(help: "Bursts per multiplier (different seeds).")
    var bursts: Int = 20

    @Flag(help: "Print one JSON object.")
    var json = false

    func validate() throws {
        guard days > 0, bursts > 0 else { throw ValidationError("--days and --bursts must be positive") }
    }

    func run() async throws {
        let falseIncidents = (1...days).map { day in
            var traffic = TrafficSimulation.liveChat
            traffic.seed = UInt64(day)
            return traffic.falseIncidents(seconds: 86_400)
        }.reduce(0, +)
        let perDay = Double(falseIncidents) / Double(days)
        var delays: [(multiplier: Int, seconds: [Int64], missed: Int)] = []
        for multiplier in [3, 5, 10] {
            let outcomes = (1...bursts).map { seed in
                var traffic = TrafficSimulation.liveChat
                traffic.seed = UInt64(1_000 + seed)
                traffic.labelRates["audio.sem_som"] = 0.5
                return traffic.detectionDelay(of: "audio.sem_som", multiplier: Double(multiplier))
            }
            delays.append((multiplier, outcomes.compactMap { $0 }.sorted(), outcomes.filter { $0 == nil }.count))
        }
        if json {
            let bursts = delays.map { entry in
                "\"\(entry.multiplier)x\":{\"median_s\":\(median(entry.seconds)),\"max_s\":\(entry.seconds.last ?? -1),"
                    + "\"missed\":\(entry.missed)}"
            }
            print(
                "{\"false_incidents_per_day\":\(String(format: "%.2f", perDay)),\"days\":\(days),"
                    + bursts.joined(separator: ",") + "}")
            return
        }
        print("false incidents  \(falseIncidents) in \(days) simulated days (\(String(format: "%.2f", perDay)) a day)")
        for entry in delays {
            print(
                "burst \(entry.multiplier)x".padding(toLength: 17, withPad: " ", startingAt: 0)
                    + "opened after median \(median(entry.seconds)) s, at most \(entry.seconds.last ?? -1) s"
                    + (entry.missed > 0 ? ", \(entry.missed) of \(bursts) never opened" : ""))
        }
    }

    private func median(_ sorted: [Int64]) -> Int64 { sorted.isEmpty ? -1 : sorted[sorted.count / 2] }
}
