import Logging
import ServiceLifecycle
import VigiaCore

/// Keeps a summary of each stream's last complete week (Monday to Monday in the summarizer's offset: Brasília by
/// default), as the product's weekly report. It checks every `interval`, so a node that was down on Monday writes
/// the missing week when it is back.
public struct WeeklySummaries<Store: VigiaStore>: Service {
    let store: Store
    let summarizer: StreamSummarizer
    let interval: Duration
    let logger: Logger

    public init(
        store: Store, summarizer: StreamSummarizer = .init(), interval: Duration = .seconds(3600),
        logger: Logger = Logger(label: "vigia.summaries")
    ) {
        self.store = store
        self.summarizer = summarizer
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while true {
            do {
                let written = try await catchUp(now: .now)
                if written > 0 { logger.info("wrote \(written) weekly summaries") }
            } catch {
                logger.error("weekly summaries: \(error)")
            }
            // Cancellation, or a graceful shutdown (which does not cancel the task by itself), ends the wait and the
            // service.
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }

    /// Writes last week's summary of every stream that existed then and has none; returns how many it wrote.
    @discardableResult
    public func catchUp(now: Timestamp) async throws(VigiaError) -> Int {
        let week = Self.lastCompleteWeek(before: now, utcOffsetMinutes: summarizer.writer.utcOffsetMinutes)
        var written = 0
        for (tenant, stream) in try await store.allStreams() where stream.createdAt < week.to {
            let kept = try await store.summaries(of: stream.id, limit: 1, tenant: tenant)
            if let latest = kept.first, latest.from >= week.from { continue }
            let summary = try await summarizer.summarize(
                stream, from: week.from, to: week.to, tenant: tenant, store: store, now: now)
            do {
                try await store.saveSummary(summary, tenant: tenant)
                written += 1
            } catch  where error.code == .notFound {
                continue  // deleted meanwhile
            }
        }
        return written
    }

    /// The week (Monday 00:00 to the next, local time) that ended last before `now`.
    public static func lastCompleteWeek(
        before now: Timestamp, utcOffsetMinutes: Int
    ) -> (from: Timestamp, to: Timestamp) {
        let day: Int64 = 86_400_000
        let offset = Int64(utcOffsetMinutes) * 60_000
        let localDay = (now.milliseconds + offset).floorDivided(by: day)
        // 1970-01-01 was a Thursday: three days after a Monday.
        let thisMonday = localDay - (localDay + 3).floorModulo(7)
        return (
            Timestamp(milliseconds: (thisMonday - 7) * day - offset), Timestamp(milliseconds: thisMonday * day - offset)
        )
    }
}
