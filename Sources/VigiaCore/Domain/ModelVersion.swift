/// One trained model of a taxonomy, as the registry keeps it: numbered, with how it was made and how good it was,
/// and the aliases that say which version serves.
public struct ModelVersion: Sendable, Hashable {
    /// A role a version plays for its taxonomy. Each alias points to at most one version of a taxonomy: moving
    /// `production` to a newer version promotes it, to an older one rolls back.
    public enum Alias: String, Sendable, Hashable, Codable, CaseIterable {
        /// Classifies every message.
        case production
        /// Waiting for a decision to promote.
        case candidate
        /// Classifies alongside production without its answers being used, to compare them.
        case shadow
    }

    public var taxonomy: String
    /// 1, 2, 3… per tenant and taxonomy, assigned by the store.
    public var version: Int
    /// Evaluation figures, as a JSON object text.
    public var metrics: String
    /// Hex digest of the training data, to tell which data made the model.
    public var trainingFingerprint: String
    /// Training parameters, as a JSON object text.
    public var parameters: String
    /// The version it was trained from, if any (fine-tuning, retraining with more labels).
    public var parent: Int?
    public var aliases: Set<Alias>
    public var createdAt: Timestamp
    /// Size in bytes and CRC-32 (8 lowercase hex digits) of the model file, computed by the store: the file is
    /// checked against both whenever it is read.
    public var fileSize: Int
    public var fileChecksum: String

    public init(
        taxonomy: String, version: Int, metrics: String, trainingFingerprint: String, parameters: String, parent: Int?,
        aliases: Set<Alias>, createdAt: Timestamp, fileSize: Int, fileChecksum: String
    ) {
        self.taxonomy = taxonomy
        self.version = version
        self.metrics = metrics
        self.trainingFingerprint = trainingFingerprint
        self.parameters = parameters
        self.parent = parent
        self.aliases = aliases
        self.createdAt = createdAt
        self.fileSize = fileSize
        self.fileChecksum = fileChecksum
    }
}

/// What the trainer says about a new model version; the store adds the number, the file's size and checksum.
public struct NewModelVersion: Sendable, Hashable {
    public var taxonomy: String
    /// Evaluation figures, as a JSON object text.
    public var metrics: String
    public var trainingFingerprint: String
    /// Training parameters, as a JSON object text.
    public var parameters: String
    public var parent: Int?
    public var createdAt: Timestamp

    public init(
        taxonomy: String, metrics: String, trainingFingerprint: String, parameters: String, parent: Int? = nil,
        createdAt: Timestamp
    ) {
        self.taxonomy = taxonomy
        self.metrics = metrics
        self.trainingFingerprint = trainingFingerprint
        self.parameters = parameters
        self.parent = parent
        self.createdAt = createdAt
    }

    /// The stored version: number `version`, no alias yet, and the file's size and checksum.
    public func stored(as version: Int, file: [UInt8]) -> ModelVersion {
        ModelVersion(
            taxonomy: taxonomy, version: version, metrics: metrics, trainingFingerprint: trainingFingerprint,
            parameters: parameters, parent: parent, aliases: [], createdAt: createdAt, fileSize: file.count,
            fileChecksum: ModelVersion.checksum(of: file))
    }

    /// Throws `.invalidArgument` for an invalid taxonomy name, metrics or parameters that are not JSON objects, a
    /// parent that is not a version number, or an empty file.
    public func validate(file: [UInt8]) throws(VigiaError) {
        guard Taxonomy.isValidName(taxonomy) else {
            throw VigiaError(.invalidArgument, "invalid taxonomy '\(taxonomy)'")
        }
        try JSONText.validateObject(metrics, what: "model metrics")
        try JSONText.validateObject(parameters, what: "model parameters")
        guard parent.map({ $0 >= 1 }) ?? true else { throw VigiaError(.invalidArgument, "a parent version is ≥ 1") }
        guard !file.isEmpty else { throw VigiaError(.invalidArgument, "a model version needs its model file") }
    }
}

extension ModelVersion {
    /// The checksum stored with a model file: CRC-32 as 8 lowercase hex digits.
    public static func checksum(of file: [UInt8]) -> String {
        let hex = String(CRC32.checksum(file), radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// `file` when it has the size and checksum recorded for this version; `.corruptModel` otherwise, so a damaged
    /// model is never loaded.
    public func verified(_ file: [UInt8]) throws(VigiaError) -> [UInt8] {
        guard file.count == fileSize, Self.checksum(of: file) == fileChecksum else {
            throw VigiaError(
                .corruptModel, "the file of \(taxonomy) version \(version) does not match its size and checksum")
        }
        return file
    }
}
