import Hummingbird
import Synchronization
import VigiaCore

/// A token bucket per caller (each user, each API key): `burst` requests at once, refilled at `rate` a second.
/// Buckets idle long enough to be full again are forgotten, so memory follows the active callers.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let rate: Double
    let burst: Double
    private let buckets = Mutex<[Identity.Subject: Bucket]>([:])
    private let clock = ContinuousClock()

    init(rate: Double, burst: Double) {
        precondition(rate > 0 && burst >= 1)
        self.rate = rate
        self.burst = burst
    }

    /// Takes a token for `subject`: nil when allowed, else the seconds until one is available.
    func take(for subject: Identity.Subject) -> Double? {
        let now = clock.now
        return buckets.withLock { buckets in
            var bucket = buckets[subject] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.updated).inSeconds * rate)
            bucket.updated = now
            defer { buckets[subject] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                if buckets.count > 10_000 { forgetFullBuckets(&buckets, now: now) }
                return nil
            }
            return (1 - bucket.tokens) / rate
        }
    }

    private func forgetFullBuckets(_ buckets: inout [Identity.Subject: Bucket], now: ContinuousClock.Instant) {
        let refill = burst / rate
        buckets = buckets.filter { (now - $0.value.updated).inSeconds < refill }
    }
}

/// Answers 429 with Retry-After to a caller over its rate; callers without an identity are left to the routes.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = VigiaRequestContext
    let limiter: RateLimiter

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if let identity = context.identity, let wait = limiter.take(for: identity.subject) {
            var problem = Problem(.tooManyRequests, code: "rate_limited", "too many requests; retry shortly")
            problem.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            throw problem
        }
        return try await next(request, context)
    }
}
