/// Makes time-ordered 64-bit message ids: milliseconds since 2020-01-01 in the high 42 bits (enough until 2159),
/// then a 12-bit node number and a 10-bit counter, so ids from several nodes never collide and sort by time.
///
/// A value type: each writer owns one and passes the time in, so ids are deterministic in tests.
public struct MessageIDGenerator: Sendable {
    static let epoch: Int64 = 1_577_836_800_000
    public let node: Int
    private var lastMilliseconds: Int64 = 0
    private var counter: Int64 = 0

    /// `node` in 0..<4096 tells apart the Vigia nodes that share one database. A generator that resumes a store
    /// passes the largest id already stored as `after`, so new ids are larger even if the clock went back.
    public init(node: Int = 0, after last: MessageID? = nil) {
        precondition((0..<4096).contains(node), "node must be in 0..<4096")
        self.node = node
        if let last {
            lastMilliseconds = last.rawValue >> 22
            counter = last.rawValue & 1023
        }
    }

    /// The next id at time `now`. When more than 1,024 ids are asked within one millisecond (or the clock steps
    /// back), the id borrows from the next millisecond, so ids always increase.
    public mutating func next(at now: Timestamp) -> MessageID {
        var milliseconds = max(now.milliseconds, Self.epoch) - Self.epoch
        if milliseconds <= lastMilliseconds {
            milliseconds = lastMilliseconds
            counter += 1
            if counter == 1024 {
                milliseconds += 1
                counter = 0
            }
        } else {
            counter = 0
        }
        lastMilliseconds = milliseconds
        return MessageID(rawValue: milliseconds << 22 | Int64(node) << 10 | counter)
    }

    /// The smallest id that can be made at `time` (for range queries by id).
    public static func lowerBound(at time: Timestamp) -> MessageID {
        MessageID(rawValue: (max(time.milliseconds, epoch) - epoch) << 22)
    }
}
