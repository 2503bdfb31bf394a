/// One feed of short texts and how Vigia treats it.
public struct Stream: Sendable, Hashable, Codable {
    /// What kind of text flows in: it decides defaults such as taxonomies and detection.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case chat, feedback, conversation, logs
    }

    public let id: StreamID
    public var name: String
    public var kind: Kind
    /// Taxonomies that classify every message of the stream.
    public var taxonomies: [String]
    /// How this stream's bursts are judged, where it differs from the node's defaults.
    public var detection: Detection
    public let createdAt: Timestamp

    public init(
        id: StreamID, name: String, kind: Kind, taxonomies: [String], detection: Detection = Detection(),
        createdAt: Timestamp
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.taxonomies = taxonomies
        self.detection = detection
        self.createdAt = createdAt
    }

    /// The burst-detection settings a stream overrides; `nil` keeps the node's setting. A quiet stream may want
    /// fewer messages to count as a burst, a noisy one a higher ratio or labels it never alerts on.
    public struct Detection: Sendable, Hashable, Codable {
        /// Messages of a label in a window below which nothing is a burst.
        public var minimumCount: Int?
        /// How many times its baseline rate a label must reach.
        public var minimumRatio: Double?
        /// Seconds without excess before a burst ends.
        public var quietPeriodSeconds: Int?
        /// Labels that never open an incident on this stream.
        public var ignoredLabels: [String]?

        public init(
            minimumCount: Int? = nil, minimumRatio: Double? = nil, quietPeriodSeconds: Int? = nil,
            ignoredLabels: [String]? = nil
        ) {
            self.minimumCount = minimumCount
            self.minimumRatio = minimumRatio
            self.quietPeriodSeconds = quietPeriodSeconds
            self.ignoredLabels = ignoredLabels
        }

        public var isDefault: Bool { self == Detection() }

        /// Throws `.invalidArgument` for a value no detector can work with.
        public func validate() throws(VigiaError) {
            if let minimumCount, !(1...100_000).contains(minimumCount) {
                throw VigiaError(.invalidArgument, "detection.minimumCount must be in 1…100000")
            }
            if let minimumRatio, !(minimumRatio >= 1 && minimumRatio <= 1000) {
                throw VigiaError(.invalidArgument, "detection.minimumRatio must be in 1…1000")
            }
            if let quietPeriodSeconds, !(5...3600).contains(quietPeriodSeconds) {
                throw VigiaError(.invalidArgument, "detection.quietPeriodSeconds must be in 5…3600")
            }
            if let ignoredLabels, ignoredLabels.count > 100 || ignoredLabels.contains(where: { $0.count > 200 }) {
                throw VigiaError(.invalidArgument, "detection.ignoredLabels: at most 100 labels of 200 characters")
            }
        }
    }
}
