/// Which stored messages to read, newest first.
///
/// Filters combine with AND. The prediction filters (`taxonomy`, `label`, confidence range) must all hold for one
/// prediction of the message; `label` also matches its children (`audio` matches `audio.sem_som`). `text` matches
/// messages that contain every word of it, regardless of case and accents (see ``SearchText``).
public struct MessageQuery: Sendable, Hashable {
    public var stream: StreamID?
    /// Event time range, `from` included, `to` excluded.
    public var from: Timestamp?
    public var to: Timestamp?
    public var taxonomy: String?
    public var label: String?
    public var minConfidence: Double?
    public var maxConfidence: Double?
    public var text: String?
    public var author: String?
    /// Page size, 1…1000.
    public var limit: Int
    /// Where the previous page ended (``MessagePage/nextCursor``).
    public var cursor: MessageCursor?

    public init(
        stream: StreamID? = nil, from: Timestamp? = nil, to: Timestamp? = nil, taxonomy: String? = nil,
        label: String? = nil, minConfidence: Double? = nil, maxConfidence: Double? = nil, text: String? = nil,
        author: String? = nil, limit: Int = 50, cursor: MessageCursor? = nil
    ) {
        self.stream = stream
        self.from = from
        self.to = to
        self.taxonomy = taxonomy
        self.label = label
        self.minConfidence = minConfidence
        self.maxConfidence = maxConfidence
        self.text = text
        self.author = author
        self.limit = limit
        self.cursor = cursor
    }

    /// Throws when the query cannot be run (a limit out of range, an inverted range).
    public func validate() throws(VigiaError) {
        guard (1...1000).contains(limit) else { throw VigiaError(.invalidArgument, "limit must be in 1…1000") }
        if let from, let to, from > to { throw VigiaError(.invalidArgument, "'from' is after 'to'") }
        if let low = minConfidence, let high = maxConfidence, low > high {
            throw VigiaError(.invalidArgument, "minConfidence is above maxConfidence")
        }
    }

    /// Whether the prediction filters hold for one of `predictions`.
    public func matchesPredictions(_ predictions: [Prediction]) -> Bool {
        guard taxonomy != nil || label != nil || minConfidence != nil || maxConfidence != nil else { return true }
        return predictions.contains { prediction in
            (taxonomy == nil || prediction.taxonomy == taxonomy)
                && (label.map { prediction.label == $0 || prediction.label.hasPrefix($0 + ".") } ?? true)
                && (minConfidence.map { prediction.confidence >= $0 } ?? true)
                && (maxConfidence.map { prediction.confidence <= $0 } ?? true)
        }
    }
}

/// An opaque position in a newest-first listing: the id of the last message of the previous page.
public struct MessageCursor: Sendable, Hashable, CustomStringConvertible {
    public let lastID: MessageID

    public init(lastID: MessageID) { self.lastID = lastID }

    /// Parses the text form given to clients.
    public init?(_ text: String) {
        guard let value = Int64(text), value > 0 else { return nil }
        lastID = MessageID(rawValue: value)
    }

    public var description: String { String(lastID.rawValue) }
}

/// One page of a listing.
public struct MessagePage: Sendable, Hashable {
    public var items: [StoredMessage]
    /// Present when more messages may follow.
    public var nextCursor: MessageCursor?

    public init(items: [StoredMessage], nextCursor: MessageCursor?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

extension MessagePage {
    /// A page from rows fetched newest first with a limit of `limit + 1`: the extra row only says more follow.
    public init(fetched rows: [StoredMessage], limit: Int) {
        guard rows.count > limit else {
            self.init(items: rows, nextCursor: nil)
            return
        }
        let items = Array(rows.prefix(limit))
        self.init(items: items, nextCursor: MessageCursor(lastID: items[items.count - 1].id))
    }
}

/// Export by keyset pagination, shared by the stores: `fetch(after, limit)` returns up to `limit` matching messages
/// with ids above `after`, oldest first; each batch goes to `sink` before the next is read (constant memory).
public enum KeysetExport {
    public static func run(
        batchSize: Int, fetch: (_ afterID: Int64, _ limit: Int) async throws(VigiaError) -> [StoredMessage],
        into sink: @Sendable ([StoredMessage]) async throws(VigiaError) -> Void
    ) async throws(VigiaError) {
        let size = max(1, batchSize)
        var after: Int64 = 0
        while true {
            let batch = try await fetch(after, size)
            guard let last = batch.last else { return }
            try await sink(batch)
            after = last.id.rawValue
            if batch.count < size { return }
        }
    }
}
