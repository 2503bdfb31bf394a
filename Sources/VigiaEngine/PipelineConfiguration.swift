import VigiaCore

/// How a ``Pipeline`` runs.
public struct PipelineConfiguration: Sendable {
    /// Lanes running in parallel; a stream always uses the same one.
    public var lanes = 2
    /// Messages a lane holds waiting, at most.
    public var queueCapacity = 50_000
    /// Appends a lane has started and not yet watched, at most: while they commit, it prepares the next ones.
    public var commitsInFlight = 8
    /// Seconds of stored messages that rebuild a stream's windows and baselines when a lane first sees it (after
    /// a restart): two baseline half-lives by default.
    public var history: Int64 = 1_800
    /// Whether seconds close by the wall clock too (a live node: a silent stream still resolves its bursts), or
    /// only as stream time moves (a replay, deterministic at any speed).
    public var liveClock = false
    /// How late a message may come before the wall clock closes its second.
    public var lateness: Duration = .seconds(2)
    public var detection = BurstDetector.Settings()
    /// Whether every closed second of every stream is reported, with its counts per label (for live views).
    public var reportsSeconds = false
    /// At most this many of each stream's messages a second of stream time (a tenth of them each tenth of a second)
    /// are reported as they are committed, classified: a live feed to read along, the ones with a label other than
    /// `nenhum` first; 0 reports none.
    public var liveMessagesPerSecond = 0
    /// Streams of these kinds get tags: each message its keyphrases, each stream its trending terms. Feedback by
    /// default; chat at full rate would spend a fifth of the pipeline on them.
    public var taggedKinds: Set<VigiaCore.Stream.Kind> = [.feedback]
    public var trends = TrendingTerms.Settings()
    public var writer = RuleInsightWriter()

    public init() {}
}
