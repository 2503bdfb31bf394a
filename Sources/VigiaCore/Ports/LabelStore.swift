/// Where human corrections are kept. Labels are history: a new label for the same (message, taxonomy) does not
/// erase the old one, and the latest is the one that counts for training.
public protocol LabelStore: Sendable {
    /// Records a label; throws `.notFound` when the tenant has no such message.
    func addLabel(_ label: HumanLabel, tenant: TenantID) async throws(VigiaError)
    /// Every label given to a message, oldest first.
    func labels(of message: MessageID, tenant: TenantID) async throws(VigiaError) -> [HumanLabel]
    /// The training set people made for a taxonomy: each labeled message's text with its latest label, in message
    /// order.
    func labeledExamples(taxonomy: String, tenant: TenantID) async throws(VigiaError) -> [LabeledExample]
}

/// Everything a Vigia store keeps, as one constraint for code that works with any backend.
public typealias VigiaStore = StreamStore & MessageStore & LabelStore & JobStore & TenantStore & UserStore
    & APIKeyStore & IncidentStore & InsightStore & AlertOutbox & ModelRegistry & SummaryStore & SettingStore
