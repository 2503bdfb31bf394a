/// A burst of one label on one stream (many viewers writing "sem áudio" at once), from its start until people
/// resolve it. While it is unresolved, a new burst of the same label updates it instead of opening another.
public struct Incident: Sendable, Hashable {
    /// Where an incident is in its life; the raw values are the API's words.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Detected; nobody has looked at it yet.
        case open
        /// Someone on duty is on it; still unresolved.
        case acknowledged
        /// Over. Final: a later burst of the same label opens a new incident.
        case resolved

        /// Whether the incident still counts as the one of its (stream, taxonomy, label).
        public var isUnresolved: Bool { self != .resolved }
    }

    /// How bad it is, in increasing order; alert routing decides by it.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case low, medium, high, critical

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Whether the burst is of a leaf label (`audio.sem_som`) or of a top level (`audio`, all its leaves together).
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case leaf, top
    }

    /// Assigned by the store when the incident is created.
    public internal(set) var id: Int64
    public var stream: StreamID
    public var taxonomy: String
    public var label: String
    public var level: Level
    public var status: Status
    public var severity: Severity
    public var startedAt: Timestamp
    /// When the rate was highest.
    public var peakAt: Timestamp
    /// When the burst was over (set by the detector, or by resolving).
    public var endedAt: Timestamp?
    /// Messages per minute of the label during the burst, and before it.
    public var observedRate: Double
    public var baselineRate: Double
    /// Fraction (0…1) of the stream's messages that had the label during the burst.
    public var share: Double
    /// How many messages with the label the burst has had.
    public var messageCount: Int
    /// A few of those messages, for people and for insight writers to read.
    public var sampleMessageIDs: [MessageID]
    /// Who acknowledged it (a user's e-mail or id), and when.
    public var acknowledgedBy: String?
    public var acknowledgedAt: Timestamp?
    public var updatedAt: Timestamp

    public init(
        id: Int64 = 0, stream: StreamID, taxonomy: String, label: String, level: Level, status: Status = .open,
        severity: Severity, startedAt: Timestamp, peakAt: Timestamp, endedAt: Timestamp? = nil, observedRate: Double,
        baselineRate: Double, share: Double, messageCount: Int, sampleMessageIDs: [MessageID],
        acknowledgedBy: String? = nil, acknowledgedAt: Timestamp? = nil, updatedAt: Timestamp
    ) {
        self.id = id
        self.stream = stream
        self.taxonomy = taxonomy
        self.label = label
        self.level = level
        self.status = status
        self.severity = severity
        self.startedAt = startedAt
        self.peakAt = peakAt
        self.endedAt = endedAt
        self.observedRate = observedRate
        self.baselineRate = baselineRate
        self.share = share
        self.messageCount = messageCount
        self.sampleMessageIDs = sampleMessageIDs
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
        self.updatedAt = updatedAt
    }

    /// The same incident with the id the store gave it.
    public func with(id: Int64) -> Incident {
        var stored = self
        stored.id = id
        return stored
    }

    /// At most this many sample messages are kept: enough to read, small enough for every row.
    public static let maximumSamples = 50

    /// Throws `.invalidArgument` for figures that cannot describe a burst: an invalid taxonomy or label id, negative
    /// rates or counts, a share outside 0…1, a peak or end before the start, or too many samples.
    public func validate() throws(VigiaError) {
        guard Taxonomy.isValidName(taxonomy) else {
            throw VigiaError(.invalidArgument, "invalid taxonomy '\(taxonomy)'")
        }
        guard Taxonomy.isValidLabel(label) else { throw VigiaError(.invalidArgument, "invalid label '\(label)'") }
        guard observedRate >= 0, baselineRate >= 0, messageCount >= 0, observedRate.isFinite, baselineRate.isFinite
        else { throw VigiaError(.invalidArgument, "rates and message counts cannot be negative") }
        guard (0...1).contains(share) else { throw VigiaError(.invalidArgument, "share must be in 0…1") }
        guard peakAt >= startedAt, endedAt.map({ $0 >= startedAt }) ?? true else {
            throw VigiaError(.invalidArgument, "an incident cannot peak or end before it starts")
        }
        guard sampleMessageIDs.count <= Self.maximumSamples else {
            throw VigiaError(.invalidArgument, "at most \(Self.maximumSamples) sample messages")
        }
    }
}

/// Which incidents to list, newest first (by start).
public struct IncidentQuery: Sendable, Hashable {
    public var stream: StreamID?
    public var status: Incident.Status?
    /// Start time range, `from` included, `to` excluded.
    public var from: Timestamp?
    public var to: Timestamp?
    /// How many at most, 1…1000.
    public var limit: Int

    public init(
        stream: StreamID? = nil, status: Incident.Status? = nil, from: Timestamp? = nil, to: Timestamp? = nil,
        limit: Int = 100
    ) {
        self.stream = stream
        self.status = status
        self.from = from
        self.to = to
        self.limit = limit
    }

    /// Throws when the query cannot be run (a limit out of range, an inverted range).
    public func validate() throws(VigiaError) {
        try ListingLimit.validate(limit)
        if let from, let to, from > to { throw VigiaError(.invalidArgument, "'from' is after 'to'") }
    }

    /// Whether `incident` passes the filters (the limit aside).
    public func matches(_ incident: Incident) -> Bool {
        (stream.map { incident.stream == $0 } ?? true) && (status.map { incident.status == $0 } ?? true)
            && (from.map { incident.startedAt >= $0 } ?? true) && (to.map { incident.startedAt < $0 } ?? true)
    }
}
