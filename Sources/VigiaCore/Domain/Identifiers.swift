import Foundation

/// The tenant that owns a row. Every store method takes one; there is no way to read across tenants.
public struct TenantID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// One feed of messages (a YouTube live, a feedback inbox, a call, a log file), unique within its tenant.
public struct StreamID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A message's id: 64 bits, ordered by the time the message was accepted (see ``MessageIDGenerator``).
public struct MessageID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// Milliseconds since 1970-01-01T00:00:00Z: exact, cheap to compare, and the same in SQLite and PostgreSQL.
public struct Timestamp: RawRepresentable, Hashable, Comparable, Sendable, Codable {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(milliseconds: Int64) { rawValue = milliseconds }
    public var milliseconds: Int64 { rawValue }
    /// The second it falls in, since the epoch (rounded down, before 1970 too).
    public var epochSecond: Int64 { rawValue >= 0 ? rawValue / 1000 : (rawValue - 999) / 1000 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Timestamp {
    /// The current wall-clock time.
    public static var now: Timestamp {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Timestamp(milliseconds: Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000)
    }
}
