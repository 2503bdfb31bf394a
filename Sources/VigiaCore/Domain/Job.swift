/// A long piece of work (batch analysis of an upload, a training run) whose progress clients poll and which a
/// restarted node resumes.
public struct Job: Sendable, Hashable {
    /// Where a job is. The raw values are the API's words (Portuguese, as the product's first users read them).
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case pending = "PENDENTE"
        case processing = "PROCESSANDO"
        case done = "CONCLUIDO"
        case failed = "ERRO"

        /// Whether the job still has work to do (a restarted node picks these up).
        public var isUnfinished: Bool { self == .pending || self == .processing }
    }

    public let id: Int64
    /// What kind of work, e.g. `analyze` or `train`.
    public var kind: String
    public var status: Status
    /// 0…1.
    public var progress: Double
    /// What the job needs to run, as JSON text.
    public var input: String
    /// The outcome (a JSON result, or the error message of a failed job).
    public var result: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp

    public init(
        id: Int64, kind: String, status: Status, progress: Double, input: String, result: String?,
        createdAt: Timestamp, updatedAt: Timestamp
    ) {
        self.id = id
        self.kind = kind
        self.status = status
        self.progress = progress
        self.input = input
        self.result = result
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
