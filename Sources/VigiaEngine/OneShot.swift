import Synchronization

/// A value delivered once, from one task to another that may or may not be waiting yet: how a lane answers the
/// submitter of the work it took from a queue.
final class OneShot<Value: Sendable>: Sendable {
    private enum State {
        case empty
        case waiting(CheckedContinuation<Value, Never>)
        case delivered(Value)
    }

    private let state = Mutex(State.empty)

    init() {}

    /// Delivers the value; later deliveries are ignored.
    func deliver(_ value: Value) {
        let waiting = state.withLock { state -> CheckedContinuation<Value, Never>? in
            switch state {
            case .empty:
                state = .delivered(value)
                return nil
            case .waiting(let continuation):
                state = .delivered(value)
                return continuation
            case .delivered:
                return nil
            }
        }
        waiting?.resume(returning: value)
    }

    /// Waits for the value (one waiter only).
    var value: Value {
        get async {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> Value? in
                    switch state {
                    case .empty:
                        state = .waiting(continuation)
                        return nil
                    case .waiting:
                        preconditionFailure("OneShot has one waiter")
                    case .delivered(let value):
                        return value
                    }
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }
}
