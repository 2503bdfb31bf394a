import Foundation
import Synchronization
import VigiaCore
import VigiaEngine

/// The recent events of every stream, numbered, for live subscribers (the events WebSocket) and for those who
/// reconnect with the last number they saw. Each stream keeps its last ``kept`` events; a subscriber that falls
/// behind by more than ``buffered`` loses the oldest of what it has not read, never slows the pipeline down.
public final class EventHub: Sendable {
    /// One event, numbered: numbers increase across all streams, so "after N" means the same everywhere.
    public struct Entry: Sendable, Hashable {
        public let id: Int64
        public let json: String
    }

    private struct Key: Hashable {
        let tenant: TenantID
        let stream: StreamID
    }

    private struct StreamLog {
        var entries: [Entry] = []
        var subscribers: [UUID: AsyncStream<Entry>.Continuation] = [:]
    }

    public let kept: Int
    public let buffered: Int
    private let state = Mutex<(nextID: Int64, streams: [Key: StreamLog])>((1, [:]))
    /// The bursts the pipeline reported open and not yet ended, by tenant, stream, taxonomy and label.
    private let openBursts = Mutex<Set<[String]>>([])

    /// Incidents the detector has open: opened and not yet ended, as reported since this process started (a
    /// restarted lane reports the ones it adopts when their bursts end).
    public var openIncidents: Int { openBursts.withLock { $0.count } }

    public init(kept: Int = 2_000, buffered: Int = 10_000) {
        self.kept = kept
        self.buffered = buffered
    }

    /// Numbers the events, keeps them and hands them to the streams' subscribers. The pipeline's `onEvents`.
    public func publish(_ tenant: TenantID, _ events: [StreamEvent]) {
        // Written before taking the lock, which every lane shares.
        let written = events.map { (stream: $0.stream, json: $0.json) }
        for case .burst(let burst) in events where burst.kind != .insight {
            let key = [tenant.rawValue, burst.stream.rawValue, burst.taxonomy, burst.burst.label]
            _ = openBursts.withLock { open in
                burst.kind == .incidentResolved ? open.remove(key) : open.insert(key).memberAfterInsert
            }
        }
        state.withLock { state in
            for event in written {
                let entry = Entry(id: state.nextID, json: event.json)
                state.nextID += 1
                let key = Key(tenant: tenant, stream: event.stream)
                var log = state.streams.removeValue(forKey: key) ?? StreamLog()
                log.entries.append(entry)
                if log.entries.count > kept + kept / 2 { log.entries.removeFirst(log.entries.count - kept) }
                for subscriber in log.subscribers.values { subscriber.yield(entry) }
                state.streams[key] = log
            }
        }
    }

    /// The kept events of a stream after `after` (all kept ones when nil), then every new one as it comes; the
    /// subscription ends when the returned stream is dropped or cancelled.
    func subscribe(
        tenant: TenantID, stream: StreamID, after: Int64?
    ) -> (backlog: [Entry], live: AsyncStream<Entry>) {
        let (live, continuation) = AsyncStream.makeStream(
            of: Entry.self, bufferingPolicy: .bufferingNewest(buffered))
        let key = Key(tenant: tenant, stream: stream)
        let token = UUID()
        let backlog = state.withLock { state in
            state.streams[key, default: StreamLog()].subscribers[token] = continuation
            return state.streams[key]!.entries.filter { $0.id > (after ?? 0) }
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { state in _ = state.streams[key]?.subscribers.removeValue(forKey: token) }
        }
        return (backlog, live)
    }
}
