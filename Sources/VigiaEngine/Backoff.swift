/// How long to wait after failures in a row: `initial` after the first, doubling after each further one, at most
/// `maximum`. Alert deliveries and sources retry by it.
struct Backoff: Sendable {
    let initial: Duration
    let maximum: Duration

    func wait(afterFailures failures: Int) -> Duration {
        min(maximum, initial * (1 << min(max(failures - 1, 0), 30)))
    }
}
