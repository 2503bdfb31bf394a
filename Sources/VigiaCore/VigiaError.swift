/// The one error type Vigia's libraries throw: a stable machine-readable code plus a human sentence.
///
/// Codes are open (a struct, not an enum) so later modules add their own without touching this file;
/// transports map codes to their own vocabulary (HTTP statuses, exit codes) at the edge.
public struct VigiaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable identifier of the kind of failure, e.g. `invalid_data`.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// Input data (a training file, a request body) is malformed or inconsistent.
        public static let invalidData = Code(rawValue: "invalid_data")
        /// A stored artifact (a model file) is corrupted, truncated or of an unknown format.
        public static let corruptModel = Code(rawValue: "corrupt_model")
        /// A named thing (taxonomy, label, file) does not exist.
        public static let notFound = Code(rawValue: "not_found")
        /// Arguments are valid one by one but do not fit together.
        public static let invalidArgument = Code(rawValue: "invalid_argument")
        /// What is being created already exists.
        public static let conflict = Code(rawValue: "conflict")
        /// The store (database) failed or is unreachable.
        public static let storage = Code(rawValue: "storage")
        /// Reading or writing a file failed.
        public static let io = Code(rawValue: "io")
        /// The service is full (its queues at capacity) or shutting down: try again later.
        public static let unavailable = Code(rawValue: "unavailable")
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension VigiaError {
    /// Runs a store operation, letting Vigia's own errors through and turning any other (a database driver's) into
    /// a `.storage` error that says what failed.
    public static func mappingStorageErrors<T>(
        _ what: String, _ operation: () async throws -> T
    )
        async throws(VigiaError) -> T
    {
        do {
            return try await operation()
        } catch let error as VigiaError {
            throw error
        } catch {
            throw VigiaError(.storage, "cannot \(what): \(String(reflecting: error))")
        }
    }
}
