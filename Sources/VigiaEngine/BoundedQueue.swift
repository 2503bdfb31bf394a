import Synchronization
import VigiaCore

/// A first-in first-out queue between many producers and one consumer, bounded by the total weight of what it
/// holds (messages, not batches): when it is full, producers either wait for room (backpressure) or are told at
/// once, so that a server can answer 503 instead of growing without limit.
final class BoundedQueue<Element: Sendable>: Sendable {
    private struct Waiter {
        let weight: Int
        let continuation: CheckedContinuation<Bool, Never>
    }

    private struct State {
        /// Consumed slots before `head` are nil, so that they hold nothing until the array is compacted.
        var items: [(element: Element, weight: Int)?] = []
        var head = 0
        var weight = 0
        var closed = false
        var consumer: CheckedContinuation<Element?, Never>?
        /// Producers waiting for room, in arrival order; each is resumed with whether its element went in.
        var producers: [(element: Element, waiter: Waiter)] = []

        var isEmpty: Bool { head == items.count }

        mutating func removeFirst() -> (element: Element, weight: Int) {
            let first = items[head]!
            items[head] = nil
            head += 1
            if head > 1024, head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            weight -= first.weight
            return first
        }
    }

    /// The most weight the queue holds. One element heavier than this still goes in when the queue is empty.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// The weight waiting to be consumed.
    var depth: Int { state.withLock { $0.weight } }

    /// Whether producers are waiting for room.
    var hasWaitingProducers: Bool { state.withLock { !$0.producers.isEmpty } }

    /// Adds `element` if there is room for it now; false when the queue is full or closed.
    func offer(_ element: Element, weight: Int) -> Bool {
        let (added, consumer) = state.withLock { state -> (Bool, CheckedContinuation<Element?, Never>?) in
            guard !state.closed, state.producers.isEmpty, Self.fits(weight, in: state, capacity: capacity) else {
                return (false, nil)
            }
            return (true, Self.deliver(element, weight: weight, into: &state))
        }
        consumer?.resume(returning: element)
        return added
    }

    /// Adds `element`, waiting for room as long as it takes; false when the queue is (or gets) closed first.
    func push(_ element: Element, weight: Int) async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let outcome = state.withLock { state -> (Bool?, CheckedContinuation<Element?, Never>?) in
                if state.closed { return (false, nil) }
                guard state.producers.isEmpty, Self.fits(weight, in: state, capacity: capacity) else {
                    state.producers.append((element, Waiter(weight: weight, continuation: continuation)))
                    return (nil, nil)
                }
                return (true, Self.deliver(element, weight: weight, into: &state))
            }
            if let added = outcome.0 {
                outcome.1?.resume(returning: element)
                continuation.resume(returning: added)
            }
        }
    }

    /// The next element, waiting for one; nil once the queue is closed and empty. One consumer only.
    func next() async -> Element? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Element?, Never>) in
            let (ready, admitted) = state.withLock { state -> (Element??, [CheckedContinuation<Bool, Never>]) in
                guard !state.isEmpty else {
                    if state.closed { return (.some(nil), []) }
                    precondition(state.consumer == nil, "BoundedQueue has one consumer")
                    state.consumer = continuation
                    return (nil, [])
                }
                let element = state.removeFirst().element
                return (.some(element), Self.admitWaiting(&state, capacity: capacity))
            }
            for producer in admitted { producer.resume(returning: true) }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Stops taking elements: waiting producers are told theirs did not go in; the consumer still gets what is
    /// queued, then nil.
    func close() {
        let (consumer, producers) = state.withLock { state in
            state.closed = true
            let waiting = state.producers.map(\.waiter.continuation)
            state.producers = []
            let consumer = state.isEmpty ? state.consumer : nil
            if consumer != nil { state.consumer = nil }
            return (consumer, waiting)
        }
        for producer in producers { producer.resume(returning: false) }
        consumer?.resume(returning: nil)
    }

    private static func fits(_ weight: Int, in state: State, capacity: Int) -> Bool {
        state.weight + weight <= capacity || state.isEmpty
    }

    /// Hands `element` to a waiting consumer (returned, to be resumed outside the lock), or queues it.
    private static func deliver(
        _ element: Element, weight: Int, into state: inout State
    ) -> CheckedContinuation<Element?, Never>? {
        if let consumer = state.consumer {
            state.consumer = nil
            return consumer
        }
        state.items.append((element, weight))
        state.weight += weight
        return nil
    }

    /// Moves waiting producers' elements into the queue while they fit; returns the producers to resume.
    private static func admitWaiting(_ state: inout State, capacity: Int) -> [CheckedContinuation<Bool, Never>] {
        var admitted: [CheckedContinuation<Bool, Never>] = []
        while let first = state.producers.first, fits(first.waiter.weight, in: state, capacity: capacity) {
            state.producers.removeFirst()
            state.items.append((first.element, first.waiter.weight))
            state.weight += first.waiter.weight
            admitted.append(first.waiter.continuation)
        }
        return admitted
    }
}
