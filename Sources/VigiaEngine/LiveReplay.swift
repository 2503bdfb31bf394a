import ServiceLifecycle
import VigiaCore

/// A recording played into a stream as if it were happening now, as a `Service`. The moment `startAt` of the
/// recording becomes now: what comes before is submitted at once, as the stream's recent past (so the detector's
/// baselines are warm from the first live second), and what comes after is submitted when its time comes. Faster
/// than real time, stream time is compressed too (a 5-minute outage at speed 10 lasts 30 seconds), so that the
/// detector and the live view agree with the clock. When the recording ends it starts over. The demo's stream.
public struct LiveReplay<Store: VigiaStore>: Service {
    public let messages: [NewMessage]
    public let stream: StreamID
    public let tenant: TenantID
    public let pipeline: Pipeline<Store>
    public let startAt: Timestamp
    /// Seconds of the recording played per second.
    public let speed: Double

    public init(
        messages: [NewMessage], stream: StreamID, tenant: TenantID, pipeline: Pipeline<Store>, startAt: Timestamp,
        speed: Double
    ) {
        precondition(speed > 0)
        self.messages = messages.sorted { $0.eventTime < $1.eventTime }
        self.stream = stream
        self.tenant = tenant
        self.pipeline = pipeline
        self.startAt = startAt
        self.speed = speed
    }

    public func run() async throws {
        guard let first = messages.first?.eventTime.milliseconds else { return }
        var origin = startAt.milliseconds
        let clock = ContinuousClock()
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            let started = clock.now
            let now = Timestamp.now.milliseconds
            /// Where a moment of the recording falls on the clock: `origin` is now.
            func moved(_ time: Timestamp) -> Int64 { now + Int64(Double(time.milliseconds - origin) / speed) }
            var next = 0
            while next < messages.count, !Task.isShuttingDownGracefully, !Task.isCancelled {
                let due = moved(messages[next].eventTime)
                if due > now { try? await clock.sleep(until: started.advanced(by: .milliseconds(due - now))) }
                // The past at once, in batches of up to 1,000; then whatever is due within a tenth of a second.
                let horizon = max(due, now) + 100
                var batch: [NewMessage] = []
                while next < messages.count, batch.count < 1_000, moved(messages[next].eventTime) <= horizon {
                    var message = messages[next]
                    message.eventTime = Timestamp(milliseconds: moved(message.eventTime))
                    message.clientID = nil
                    batch.append(message)
                    next += 1
                }
                _ = try? await pipeline.submit(batch, to: stream, tenant: tenant, receivedAt: .now)
            }
            // Every later round plays the whole recording from its start, with no past.
            origin = first
        }
    }
}
