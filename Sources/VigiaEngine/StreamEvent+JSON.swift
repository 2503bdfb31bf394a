import VigiaCore

extension StreamEvent {
    /// The event as one JSON object: `event` (`incident_opened`, `incident_updated`, `incident_resolved`,
    /// `insight`, `trend_started`, `trend_ended`, `second`), `stream`, `at` (stream time, RFC 3339) and its own
    /// fields, named as the REST API names them (an incident's `startedAt`, `observedRate` per minute, …). What
    /// `vigia run --json` prints and the events WebSocket sends.
    public var json: String {
        func time(_ second: Int64) -> String { "\"" + Timestamp(milliseconds: second * 1000).rfc3339 + "\"" }
        let stream = "\"stream\":" + JSONText.string(self.stream.rawValue)
        switch self {
        case .burst(let event):
            let burst = event.burst
            var fields = [
                "\"event\":\"\(event.kind.rawValue)\"", stream, "\"taxonomy\":\(JSONText.string(event.taxonomy))",
                "\"label\":\(JSONText.string(burst.label))", "\"at\":\"\(event.at.rfc3339)\"",
                "\"level\":\"\(burst.level.rawValue)\"", "\"severity\":\"\(burst.severity.rawValue)\"",
                "\"startedAt\":\(time(burst.startedAt))", "\"peakAt\":\(time(burst.peakAt))",
                "\"observedRate\":\(JSONText.number(burst.peakRatePerMinute))",
                "\"baselineRate\":\(JSONText.number(burst.baselineRatePerMinute))",
                "\"share\":\(JSONText.number(burst.share))", "\"messageCount\":\(burst.messageCount)",
            ]
            if let incident = event.incident { fields.append("\"incident\":\(incident)") }
            fields.append("\"samples\":[" + event.samples.map { String($0.rawValue) }.joined(separator: ",") + "]")
            if let ended = burst.endedAt { fields.append("\"endedAt\":\(time(ended))") }
            if let insight = event.insight { fields.append("\"text\":\(JSONText.string(insight))") }
            return "{" + fields.joined(separator: ",") + "}"
        case .trend(let event):
            let (name, trend) =
                switch event.change {
                case .started(let trend): ("trend_started", trend)
                case .ended(let trend): ("trend_ended", trend)
                }
            return "{\"event\":\"\(name)\",\(stream),\"term\":\(JSONText.string(trend.term)),"
                + "\"at\":\"\(event.at.rfc3339)\",\"since\":\(time(trend.since)),\"count\":\(trend.count),"
                + "\"expected\":\(JSONText.number(trend.expected))}"
        case .messages(let live):
            let items = live.messages.map { id, message in
                "{\"id\":\"\(id.rawValue)\",\"ts\":\"\(message.eventTime.rfc3339)\","
                    + "\"author\":\(message.author.map(JSONText.string) ?? "null"),\"text\":\(JSONText.string(message.text)),"
                    + "\"predictions\":\(JSONText.predictions(message.predictions))}"
            }
            return "{\"event\":\"messages\",\(stream),\"items\":[" + items.joined(separator: ",") + "]}"
        case .second(let counts):
            let labels = counts.labels.sorted { $0.key < $1.key }.map { JSONText.string($0.key) + ":\($0.value)" }
            return "{\"event\":\"second\",\(stream),\"taxonomy\":\(JSONText.string(counts.taxonomy)),"
                + "\"at\":\(time(counts.second)),\"total\":\(counts.total),\"labels\":{"
                + labels.joined(separator: ",") + "}}"
        }
    }
}
