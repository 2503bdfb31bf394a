import ArgumentParser
import Foundation
import VigiaCore
import VigiaEngine

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Replay a recorded stream through classification and burst detection; print incidents and insights.",
        discussion: """
            The recording is JSON Lines with ts (RFC 3339 or epoch milliseconds), text, and optional author and id, \
            or CSV with the same columns (a .csv file). Messages are redacted, classified, counted per second of \
            stream time and tested for bursts. --speed max runs on a virtual clock, as fast as the machine allows, \
            with the same output every time; --speed N plays N seconds of stream time per second.
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: "Recorded stream (.jsonl or .csv).")
    var input: String

    @Option(help: "max, or how many seconds of stream time per second of real time.")
    var speed: String = "max"

    @Option(help: "Stream id shown in the events.")
    var stream: String = "replay"

    @Flag(help: "One JSON object per event on stdout.")
    var json = false

    func validate() throws {
        guard speed == "max" || (Double(speed).map { $0 > 0 && $0.isFinite } ?? false) else {
            throw ValidationError("--speed must be max or a positive number")
        }
    }

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let messages = try Recording.read(path: input)
            var monitor = StreamMonitor(stream: StreamID(stream), classifier: try modelOptions.load())
            let pace = Double(speed)
            let clock = ContinuousClock()
            let started = clock.now
            for message in messages {
                if let pace, let first = messages.first {
                    let due = Double(message.time.milliseconds - first.time.milliseconds) / 1000 / pace
                    try? await clock.sleep(until: started.advanced(by: .milliseconds(Int64(due * 1000))))
                }
                report(monitor.ingest(message.text, at: message.time))
            }
            report(monitor.finish())
        }
    }

    private func report(_ events: [StreamMonitor.Event]) {
        for event in events {
            print(json ? Self.json(event) : Self.line(event))
        }
    }

    static func line(_ event: StreamMonitor.Event) -> String {
        let burst = event.burst
        let what =
            switch event.kind {
            case .incidentOpened: "incidente aberto     "
            case .incidentUpdated: "incidente atualizado "
            case .incidentResolved: "incidente resolvido  "
            case .insight: "insight              "
            }
        return "\(event.at.rfc3339)  \(what)\(burst.label) (\(burst.severity.rawValue))"
            + (event.insight.map { ": " + $0 } ?? "")
    }

    static func json(_ event: StreamMonitor.Event) -> String {
        let burst = event.burst
        func time(_ second: Int64) -> String { "\"" + Timestamp(milliseconds: second * 1000).rfc3339 + "\"" }
        var fields = [
            "\"event\":\"\(event.kind.rawValue)\"", "\"stream\":\(JSONText.string(event.stream.rawValue))",
            "\"label\":\(JSONText.string(burst.label))", "\"at\":\"\(event.at.rfc3339)\"",
            "\"level\":\"\(burst.level.rawValue)\"", "\"severity\":\"\(burst.severity.rawValue)\"",
            "\"started_at\":\(time(burst.startedAt))", "\"peak_at\":\(time(burst.peakAt))",
            "\"peak_rate_per_min\":\(JSONText.number(burst.peakRatePerMinute))",
            "\"baseline_rate_per_min\":\(JSONText.number(burst.baselineRatePerMinute))",
            "\"share\":\(JSONText.number(burst.share))", "\"messages\":\(burst.messageCount)",
        ]
        if let ended = burst.endedAt { fields.append("\"ended_at\":\(time(ended))") }
        if let insight = event.insight { fields.append("\"text\":\(JSONText.string(insight))") }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
