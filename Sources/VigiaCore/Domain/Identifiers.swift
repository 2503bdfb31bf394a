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
    /// The second it falls in, since the epoch (rounded down, before 1970 too); total, even for a stored time
    /// far outside ``acceptedRange``.
    public var epochSecond: Int64 { rawValue.floorDivided(by: 1000) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The event times Vigia takes from outside, 2000-01-01T00:00:00Z up to 2100-01-01T00:00:00Z: wide enough for
    /// any real message and narrow enough that no arithmetic on a time, a second or a day can overflow.
    public static let acceptedRange =
        Timestamp(milliseconds: 946_684_800_000)..<Timestamp(milliseconds: 4_102_444_800_000)

    /// Epoch milliseconds, if they fall in ``acceptedRange``.
    public init?(acceptedMilliseconds milliseconds: Int64) {
        guard Self.acceptedRange.contains(Timestamp(milliseconds: milliseconds)) else { return nil }
        self.init(milliseconds: milliseconds)
    }

    /// A time as clients write it, RFC 3339 or whole epoch milliseconds, if it falls in ``acceptedRange``.
    public init?(acceptedText text: String) {
        if let milliseconds = Int64(text) {
            self.init(acceptedMilliseconds: milliseconds)
        } else if let time = Timestamp(rfc3339: text), Self.acceptedRange.contains(time) {
            self = time
        } else {
            return nil
        }
    }

    /// A JSON number of epoch milliseconds (a fraction is dropped), if it falls in ``acceptedRange``. Read as a
    /// double because a decoder hands `1e20` over as one, which no integer conversion takes.
    public init?(acceptedJSONNumber value: Double) {
        guard value.isFinite, let milliseconds = Int64(exactly: value.rounded(.down)) else { return nil }
        self.init(acceptedMilliseconds: milliseconds)
    }

    /// What every refusal of a time outside ``acceptedRange`` says.
    public static let acceptedRangeDescription = "an RFC 3339 time or epoch milliseconds from 2000-01-01 to 2100-01-01"
}

extension Int64 {
    /// The quotient rounded toward minus infinity; total for a positive divisor.
    public func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }

    /// The remainder of ``floorDivided(by:)``, in 0..<divisor; total for a positive divisor.
    public func floorModulo(_ divisor: Int64) -> Int64 { ((self % divisor) + divisor) % divisor }
}

extension Timestamp {
    /// The current wall-clock time.
    public static var now: Timestamp {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Timestamp(milliseconds: Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000)
    }
}
