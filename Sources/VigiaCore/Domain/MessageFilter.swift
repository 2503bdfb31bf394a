/// A ``MessageQuery``'s filters, prepared once and checked message by message: what every store agrees a query
/// means. Stores that index (SQLite, PostgreSQL) use indexes to find candidates and may use this for the final word.
public struct MessageFilter: Sendable {
    public let query: MessageQuery
    private let words: Set<String>

    public init(_ query: MessageQuery) {
        self.query = query
        words = Set(query.text.map(SearchText.words) ?? [])
    }

    /// Whether `text` has every word of the query: a store may check this first, before reading the rest of a
    /// message.
    public func matchesWords(in text: String) -> Bool { SearchText.contains(words, in: text) }

    public func matches(_ stored: StoredMessage) -> Bool {
        let message = stored.message
        if let stream = query.stream, stored.stream != stream { return false }
        if let from = query.from, message.eventTime < from { return false }
        if let to = query.to, message.eventTime >= to { return false }
        if let author = query.author, message.author != author { return false }
        if !query.matchesPredictions(message.predictions) { return false }
        if !matchesWords(in: message.text) { return false }
        return true
    }
}
