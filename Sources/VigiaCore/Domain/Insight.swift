/// A sentence Vigia writes about a stream or an incident ("viewers report no audio since 21:03"), with how sure it
/// is and the messages it is based on, so people can check it.
public struct Insight: Sendable, Hashable {
    /// Who wrote it: the rule-based writer, or a language model (named, so a bad model's insights can be found).
    public enum Source: Sendable, Hashable, RawRepresentable {
        case rules
        case llm(model: String)

        /// `rules` or `llm:<model>`.
        public var rawValue: String {
            switch self {
            case .rules: "rules"
            case .llm(let model): "llm:" + model
            }
        }

        public init?(rawValue: String) {
            if rawValue == "rules" {
                self = .rules
            } else if rawValue.hasPrefix("llm:"), rawValue.count > 4 {
                self = .llm(model: String(rawValue.dropFirst(4)))
            } else {
                return nil
            }
        }
    }

    /// Assigned by the store.
    public internal(set) var id: Int64
    public var stream: StreamID
    /// The incident it explains, if any.
    public var incident: Int64?
    /// What kind of insight, e.g. `summary`, `root_cause`, `next_step`, `risk`.
    public var type: String
    public var message: String
    /// 0…1.
    public var confidence: Double
    public var source: Source
    /// The messages it is based on.
    public var messageIDs: [MessageID]
    public var createdAt: Timestamp

    public init(
        id: Int64 = 0, stream: StreamID, incident: Int64? = nil, type: String, message: String, confidence: Double,
        source: Source, messageIDs: [MessageID], createdAt: Timestamp
    ) {
        self.id = id
        self.stream = stream
        self.incident = incident
        self.type = type
        self.message = message
        self.confidence = confidence
        self.source = source
        self.messageIDs = messageIDs
        self.createdAt = createdAt
    }

    /// The same insight with the id the store gave it.
    public func with(id: Int64) -> Insight {
        var stored = self
        stored.id = id
        return stored
    }

    /// Throws `.invalidArgument` for an insight that says nothing (a blank type or message) or a confidence
    /// outside 0…1.
    public func validate() throws(VigiaError) {
        guard !type.allSatisfy(\.isWhitespace), !message.allSatisfy(\.isWhitespace) else {
            throw VigiaError(.invalidArgument, "an insight needs a type and a message")
        }
        guard (0...1).contains(confidence) else { throw VigiaError(.invalidArgument, "confidence must be in 0…1") }
    }
}
