import Foundation
import VigiaCore

/// A two-hour football live chat with scripted events, for demos and for testing the whole pipeline: the rate
/// varies (viewers arrive, half time, the chat breathes), a few technical complaints come at random all along, two
/// goals make the whole chat surge with no technical problem, an audio outage starts at minute 30 and buffering at
/// minute 70. Deterministic from its seed.
public struct MatchScenario: Sendable {
    /// A message of the recording; `label` is what the script meant it to be (the pipeline does not read it).
    public struct Message: Sendable, Hashable {
        public let time: Timestamp
        public let id: String
        public let author: String
        public let text: String
        public let label: String
    }

    /// Something the script makes happen, from `start` (seconds into the match) for `duration` seconds.
    public struct Event: Sendable, Hashable {
        public let name: String
        /// The label of a technical incident, nil for a goal.
        public let label: String?
        public let start: Int64
        public let duration: Int64
    }

    public static let duration: Int64 = 2 * 3600
    /// Kick-off, 19:00 in Brasília.
    public static let kickOff = Timestamp(milliseconds: 1_795_384_800_000)

    public static let events = [
        Event(name: "queda de áudio", label: "audio.sem_som", start: 30 * 60, duration: 5 * 60),
        Event(name: "gol", label: nil, start: 45 * 60, duration: 150),
        Event(name: "buffering", label: "rede.buffering", start: 70 * 60, duration: 4 * 60),
        Event(name: "gol", label: nil, start: 95 * 60, duration: 150),
    ]

    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// Messages per second of ordinary chat at `second`: viewers arrive over ten minutes, the chat breathes over
    /// half-hour cycles, and half time (minutes 45 to 60, after the first goal surge) is quieter.
    static func chatRate(at second: Int64) -> Double {
        let arrival = min(1, 0.3 + Double(second) / 600)
        let breathing = 1 + 0.25 * sin(2 * .pi * Double(second) / 1_800)
        let halfTime = (2_850..<3_600).contains(second) ? 0.6 : 1
        return 8 * arrival * breathing * halfTime
    }

    /// Every message, in time order.
    public func messages() throws(VigiaError) -> [Message] {
        var random = DeterministicRandom(seed: seed)
        var texts = try SyntheticDataGenerator(taxonomy: .techIssues, seed: seed)
        let problems = Taxonomy.techIssues.labels.filter { $0 != "nenhum" }
        var messages: [Message] = []
        for second in 0..<Self.duration {
            let active = Self.events.filter { second >= $0.start && second < $0.start + $0.duration }
            // A goal multiplies the chat by up to 4, fading over its duration.
            let surge = active.filter { $0.label == nil }.reduce(1.0) { multiplier, goal in
                multiplier * (1 + 3 * (1 - Double(second - goal.start) / Double(goal.duration)))
            }
            let chat = Self.chatRate(at: second) * surge
            var labels: [String] = []
            for _ in 0..<random.poisson(mean: chat) {
                // About 2% of ordinary chat is a complaint about something, at random.
                labels.append(random.chance(0.02) ? random.pick(problems) : "nenhum")
            }
            for incident in active where incident.label != nil {
                // Viewers notice at once: complaints reach 5 a second within 3 seconds, and the chat grows with them.
                let ramp = min(1, Double(second - incident.start + 1) / 3)
                labels += Array(repeating: incident.label!, count: random.poisson(mean: 5 * ramp))
                labels += Array(repeating: "nenhum", count: random.poisson(mean: chat * 0.2 * ramp))
            }
            for label in labels {
                let millisecond = Int64.random(in: 0..<1000, using: &random)
                messages.append(
                    Message(
                        time: Timestamp(milliseconds: Self.kickOff.milliseconds + second * 1000 + millisecond),
                        id: "m\(messages.count + 1)", author: "viewer\(Int.random(in: 1...4000, using: &random))",
                        text: try texts.next(label: label).text, label: label))
            }
            messages[(messages.count - labels.count)...].sort { ($0.time, $0.id) < ($1.time, $1.id) }
        }
        return messages
    }

    /// One JSON Lines record of the recording format `vigia run` reads.
    public static func jsonLine(_ message: Message) -> String {
        "{\"ts\":\"\(message.time.rfc3339)\",\"id\":\(JSONText.string(message.id)),"
            + "\"author\":\(JSONText.string(message.author)),\"text\":\(JSONText.string(message.text)),"
            + "\"label\":\(JSONText.string(message.label))}"
    }
}
