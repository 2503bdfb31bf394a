/// A classifier's decision for one taxonomy, as stored with a message.
public struct Prediction: Sendable, Hashable, Codable {
    public var taxonomy: String
    public var label: String
    public var confidence: Double

    public init(taxonomy: String, label: String, confidence: Double) {
        self.taxonomy = taxonomy
        self.label = label
        self.confidence = confidence
    }
}

/// A message on its way into the store: already redacted and classified.
public struct NewMessage: Sendable, Hashable {
    /// The sender's own id; appending the same (stream, client id) twice stores it once.
    public var clientID: String?
    public var eventTime: Timestamp
    public var author: String?
    public var text: String
    public var language: String?
    public var predictions: [Prediction]
    public var tags: [String]
    /// Anything else the source sent, as a JSON object text.
    public var extra: String?

    public init(
        clientID: String? = nil, eventTime: Timestamp, author: String? = nil, text: String, language: String? = nil,
        predictions: [Prediction] = [], tags: [String] = [], extra: String? = nil
    ) {
        self.clientID = clientID
        self.eventTime = eventTime
        self.author = author
        self.text = text
        self.language = language
        self.predictions = predictions
        self.tags = tags
        self.extra = extra
    }
}

/// A message as stored.
public struct StoredMessage: Sendable, Hashable {
    public var id: MessageID
    public var stream: StreamID
    public var receivedTime: Timestamp
    public var message: NewMessage

    public init(id: MessageID, stream: StreamID, receivedTime: Timestamp, message: NewMessage) {
        self.id = id
        self.stream = stream
        self.receivedTime = receivedTime
        self.message = message
    }
}

/// What an append did: the id of every input in order (an existing id for a duplicate), and the counts.
public struct AppendResult: Sendable, Hashable {
    public var ids: [MessageID]
    public var accepted: Int
    public var duplicates: Int

    public init(ids: [MessageID], accepted: Int, duplicates: Int) {
        self.ids = ids
        self.accepted = accepted
        self.duplicates = duplicates
    }
}
