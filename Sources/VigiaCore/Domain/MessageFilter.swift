/// A ``MessageQuery``'s filters, prepared once and checked message by message: what every store agrees a query
/// means. Stores that index (SQLite, PostgreSQL) use indexes to find candidates and may use this for the final word.
public struct MessageFilter: Sendable {
    public let query: MessageQuery
    /// The query's words: a store may check them first, on a message's text alone, before reading the rest.
    public let words: SearchWords

    public init(_ query: MessageQuery) {
        self.query = query
        words = SearchWords(query.text ?? "")
    }

    public func matches(_ stored: StoredMessage) -> Bool {
        let message = stored.message
        if let stream = query.stream, stored.stream != stream { return false }
        if let from = query.from, message.eventTime < from { return false }
        if let to = query.to, message.eventTime >= to { return false }
        if let author = query.author, message.author != author { return false }
        if !query.matchesPredictions(message.predictions) { return false }
        if !words.areAll(in: message.text) { return false }
        return true
    }
}
