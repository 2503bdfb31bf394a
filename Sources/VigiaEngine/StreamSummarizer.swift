import Synchronization
import VigiaCore
import VigiaText

/// Summaries of a stream's period from what is stored, by rules: one pass over the messages (in constant memory,
/// whatever the period) and the incidents that started in it.
public struct StreamSummarizer: Sendable {
    /// Labels that say "nothing to report": counted, never highlighted.
    public var quietLabels: Set<String> = ["nenhum"]
    public var topLabels = 5
    public var topTerms = 10
    public var examplesPerLabel = 2
    public var writer = RuleInsightWriter()

    public init() {}

    public func summarize(
        _ stream: VigiaCore.Stream, from: Timestamp, to: Timestamp, tenant: TenantID,
        store: some MessageStore & IncidentStore, now: Timestamp = .now
    ) async throws(VigiaError) -> StreamSummary {
        let tally = Mutex(SummaryTally(examplesPerLabel: examplesPerLabel, quietLabels: quietLabels))
        let keyphrases = KeyphraseExtractor()
        try await store.export(MessageQuery(stream: stream.id, from: from, to: to), tenant: tenant, batchSize: 5_000) {
            batch throws(VigiaError) in tally.withLock { $0.add(batch, keyphrases: keyphrases) }
        }
        let counted = tally.withLock { $0 }
        let incidents = try await store.incidents(
            IncidentQuery(stream: stream.id, from: from, to: to, limit: 1000), tenant: tenant)
        let labels = counted.labels.map {
            StreamSummary.LabelCount(taxonomy: $0.key.taxonomy, label: $0.key.label, count: $0.value)
        }.sorted { ($0.count, $1.taxonomy, $1.label) > ($1.count, $0.taxonomy, $0.label) }
        let terms = counted.terms.map { StreamSummary.TermCount(term: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.term) > ($1.count, $0.term) }.prefix(topTerms)
        let examples = labels.filter { !quietLabels.contains($0.label) }.prefix(topLabels).flatMap {
            counted.examples[SummaryTally.LabelKey(taxonomy: $0.taxonomy, label: $0.label)] ?? []
        }
        var summary = StreamSummary(
            stream: stream.id, from: from, to: to, messageCount: counted.messages, labels: labels,
            incidents: incidents.reversed().map(StreamSummary.IncidentBrief.init), terms: Array(terms),
            examples: examples, text: "", createdAt: now)
        summary.text = text(of: summary)
        return summary
    }

    /// The summary in words: "De 16/11 a 22/11: 12.345 mensagens. Mais frequentes: …".
    func text(of summary: StreamSummary) -> String {
        let total = summary.messageCount
        var text = "De \(date(summary.from)) a \(date(Timestamp(milliseconds: summary.to.milliseconds - 1))): "
        text += total == 1 ? "1 mensagem." : "\(Self.thousands(total)) mensagens."
        let highlighted = summary.labels.filter { !quietLabels.contains($0.label) }.prefix(topLabels)
        if highlighted.isEmpty {
            text += total > 0 ? " Nenhum problema relatado." : ""
        } else {
            text +=
                " Mais frequentes: "
                + highlighted.map {
                    "\(RuleInsightWriter.describe($0.label)) \(Self.thousands($0.count)) "
                        + "(\(RuleInsightWriter.percent(Double($0.count) / Double(max(total, 1)))))"
                }.joined(separator: ", ") + "."
        }
        switch summary.incidents.count {
        case 0: text += " Nenhum incidente."
        case 1: text += " 1 incidente: " + incident(summary.incidents[0]) + "."
        default:
            text +=
                " \(summary.incidents.count) incidentes: "
                + summary.incidents.prefix(5).map(incident).joined(separator: "; ")
                + (summary.incidents.count > 5 ? "; …" : "") + "."
        }
        if !summary.terms.isEmpty {
            text +=
                " Termos em destaque: " + summary.terms.prefix(5).map { "“\($0.term)”" }.joined(separator: ", ") + "."
        }
        return text
    }

    private func incident(_ brief: StreamSummary.IncidentBrief) -> String {
        "\(RuleInsightWriter.describe(brief.label)) em \(date(brief.startedAt)) às \(writer.time(brief.startedAt)) "
            + "(\(Self.thousands(brief.messageCount)) mensagens)"
    }

    /// dd/MM in the writer's offset.
    private func date(_ time: Timestamp) -> String {
        let local = Timestamp(milliseconds: time.milliseconds + Int64(writer.utcOffsetMinutes) * 60_000).rfc3339
        let day = local.dropFirst(8).prefix(2)
        let month = local.dropFirst(5).prefix(2)
        return "\(day)/\(month)"
    }

    /// 12345 → "12.345".
    static func thousands(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}

/// What one pass over a period's messages counts, a batch of the store's export at a time.
struct SummaryTally {
    struct LabelKey: Hashable {
        let taxonomy: String
        let label: String
    }

    let examplesPerLabel: Int
    let quietLabels: Set<String>
    var messages = 0
    var labels: [LabelKey: Int] = [:]
    var terms: [String: Int] = [:]
    /// The most confident messages of each label, most confident first.
    var examples: [LabelKey: [StreamSummary.Example]] = [:]

    mutating func add(_ batch: [StoredMessage], keyphrases: KeyphraseExtractor) {
        for stored in batch {
            messages += 1
            let message = stored.message
            // Streams that are not tagged (chat, by default) get their terms found here.
            let tags = message.tags.isEmpty ? keyphrases.keyphrases(in: message.text) : message.tags
            for tag in tags { terms[tag, default: 0] += 1 }
            for prediction in message.predictions {
                let key = LabelKey(taxonomy: prediction.taxonomy, label: prediction.label)
                labels[key, default: 0] += 1
                guard !quietLabels.contains(prediction.label) else { continue }
                var kept = examples.removeValue(forKey: key) ?? []
                if kept.count < examplesPerLabel || prediction.confidence > kept[kept.count - 1].confidence,
                    !kept.contains(where: { $0.text == message.text })
                {
                    kept.append(
                        StreamSummary.Example(
                            message: stored.id, taxonomy: prediction.taxonomy, label: prediction.label,
                            confidence: prediction.confidence, text: message.text))
                    kept.sort { $0.confidence > $1.confidence }
                    if kept.count > examplesPerLabel { kept.removeLast() }
                }
                examples[key] = kept
            }
        }
    }
}
