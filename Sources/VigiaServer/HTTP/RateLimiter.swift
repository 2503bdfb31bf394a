import Hummingbird
import Synchronization
import VigiaCore

/// A token bucket per key (each user or API key; each client address signing in): `burst` requests at once,
/// refilled at `rate` a second. Buckets idle long enough to be full again are forgotten, so memory follows the
/// active callers. Time is passed in, so tests drive it.
final class RateLimiter<Key: Hashable & Sendable>: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let rate: Double
    let burst: Double
    private let buckets = Mutex<[Key: Bucket]>([:])

    init(rate: Double, burst: Double) {
        precondition(rate > 0 && burst >= 1)
        self.rate = rate
        self.burst = burst
    }

    /// Takes a token for `key`: nil when allowed, else the seconds until one is available.
    func take(for key: Key, at now: ContinuousClock.Instant = .now) -> Double? {
        buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + max(0, (now - bucket.updated).inSeconds) * rate)
            bucket.updated = now
            defer { buckets[key] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                if buckets.count > 10_000 { forgetFullBuckets(&buckets, now: now) }
                return nil
            }
            return (1 - bucket.tokens) / rate
        }
    }

    private func forgetFullBuckets(_ buckets: inout [Key: Bucket], now: ContinuousClock.Instant) {
        let refill = burst / rate
        buckets = buckets.filter { (now - $0.value.updated).inSeconds < refill }
    }
}

extension Problem {
    /// 429 with the whole seconds to wait in Retry-After.
    static func tooManyRequests(retryAfter seconds: Double, _ detail: String) -> Problem {
        var problem = Problem(.tooManyRequests, code: "rate_limited", detail)
        problem.headers[.retryAfter] = String(Int(max(1, seconds.rounded(.up))))
        return problem
    }
}

/// Answers 429 with Retry-After to a caller over its rate; callers without an identity are left to the routes.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = VigiaRequestContext
    let limiter: RateLimiter<Identity.Subject>

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if let identity = context.identity, let wait = limiter.take(for: identity.subject) {
            throw Problem.tooManyRequests(retryAfter: wait, "too many requests; retry shortly")
        }
        return try await next(request, context)
    }
}
