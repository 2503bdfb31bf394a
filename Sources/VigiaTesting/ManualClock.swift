import Synchronization

/// A monotonic time that moves only when a test says so: what code that waits or limits by time reads in tests.
public final class ManualClock: Sendable {
    private let instant: Mutex<ContinuousClock.Instant>

    public init(_ start: ContinuousClock.Instant = .now) { instant = Mutex(start) }

    public var now: ContinuousClock.Instant { instant.withLock { $0 } }

    public func advance(by duration: Duration) { instant.withLock { $0 += duration } }
}
