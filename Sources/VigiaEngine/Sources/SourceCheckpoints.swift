import VigiaCore

/// Where each running source keeps the place it has read up to, so that a restarted node goes on from there instead
/// of reading everything again or skipping what came while it was down. A checkpoint is a JSON object text whose
/// shape belongs to the source's kind; it is saved only after the messages before it were delivered.
public protocol SourceCheckpoints: Sendable {
    /// The last checkpoint saved for `source`, or nil when it never saved one.
    func checkpoint(source: String, tenant: TenantID) async -> String?
    /// Replaces `source`'s checkpoint. A failure is the implementation's to log: the next save tries again, and a
    /// restart from an older checkpoint only reads messages the store then drops as repeated.
    func saveCheckpoint(_ json: String, source: String, tenant: TenantID) async
}
