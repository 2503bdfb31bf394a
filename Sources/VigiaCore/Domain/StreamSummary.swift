/// What happened on a stream in a period, in figures and in words: messages per label, incidents, the terms that
/// came up most, and examples. Written by rules from stored data, so the same period always reads the same.
public struct StreamSummary: Sendable, Hashable, Codable {
    public struct LabelCount: Sendable, Hashable, Codable {
        public let taxonomy: String
        public let label: String
        public let count: Int

        public init(taxonomy: String, label: String, count: Int) {
            self.taxonomy = taxonomy
            self.label = label
            self.count = count
        }
    }

    public struct TermCount: Sendable, Hashable, Codable {
        public let term: String
        public let count: Int

        public init(term: String, count: Int) {
            self.term = term
            self.count = count
        }
    }

    /// A message that shows what a label meant in the period: among its most confident.
    public struct Example: Sendable, Hashable, Codable {
        public let message: MessageID
        public let taxonomy: String
        public let label: String
        public let confidence: Double
        public let text: String

        public init(message: MessageID, taxonomy: String, label: String, confidence: Double, text: String) {
            self.message = message
            self.taxonomy = taxonomy
            self.label = label
            self.confidence = confidence
            self.text = text
        }
    }

    public struct IncidentBrief: Sendable, Hashable, Codable {
        public let id: Int64
        public let label: String
        public let severity: Incident.Severity
        public let startedAt: Timestamp
        public let endedAt: Timestamp?
        public let messageCount: Int

        public init(_ incident: Incident) {
            id = incident.id
            label = incident.label
            severity = incident.severity
            startedAt = incident.startedAt
            endedAt = incident.endedAt
            messageCount = incident.messageCount
        }
    }

    public let stream: StreamID
    public let from: Timestamp
    public let to: Timestamp
    public let messageCount: Int
    /// Most frequent first.
    public let labels: [LabelCount]
    public let incidents: [IncidentBrief]
    public let terms: [TermCount]
    public let examples: [Example]
    /// The summary as a paragraph in Portuguese.
    public var text: String
    public let createdAt: Timestamp

    public init(
        stream: StreamID, from: Timestamp, to: Timestamp, messageCount: Int, labels: [LabelCount],
        incidents: [IncidentBrief], terms: [TermCount], examples: [Example], text: String, createdAt: Timestamp
    ) {
        self.stream = stream
        self.from = from
        self.to = to
        self.messageCount = messageCount
        self.labels = labels
        self.incidents = incidents
        self.terms = terms
        self.examples = examples
        self.text = text
        self.createdAt = createdAt
    }
}
