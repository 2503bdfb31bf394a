import Synchronization
import VigiaCore

/// What slows down guessing passwords: every `/auth` request of a client address takes a token from that address's
/// bucket, and an account (an e-mail) that failed to sign in `failuresBeforeLockout` times in a row is locked for
/// a while that doubles with each further failure, up to `longestLockout`; signing in resets it. A locked account
/// is answered 429 without its password being checked, so a lockout tells nothing about the password tried.
/// Time comes from `now`, which tests move by hand.
public final class SignInThrottle: Sendable {
    public struct Settings: Sendable {
        /// `/auth` requests each client address may make a minute, on average, and at once.
        public var attemptsPerMinute = 30.0
        /// Failures in a row that lock an account.
        public var failuresBeforeLockout = 5
        public var firstLockout: Duration = .seconds(30)
        public var longestLockout: Duration = .seconds(900)

        public init() {}
    }

    /// An account's failures in a row, and until when it is locked.
    struct Failures: Sendable, Hashable {
        var count = 0
        var last: ContinuousClock.Instant
        var lockedUntil: ContinuousClock.Instant?
    }

    let settings: Settings
    private let now: @Sendable () -> ContinuousClock.Instant
    private let addresses: RateLimiter<String>
    private let accounts = Mutex<[String: Failures]>([:])

    init(settings: Settings = Settings(), now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.settings = settings
        self.now = now
        addresses = RateLimiter(rate: settings.attemptsPerMinute / 60, burst: settings.attemptsPerMinute)
    }

    /// Takes an attempt for the client `address` (nil when the transport has none, as in router tests): the
    /// seconds to wait when it has made too many.
    func admit(address: String?) -> Double? {
        addresses.take(for: address ?? "", at: now())
    }

    /// The seconds `account` stays locked, if it is.
    func lockout(of account: String) -> Double? {
        let now = now()
        return accounts.withLock { accounts in
            guard let until = accounts[account]?.lockedUntil, until > now else { return nil }
            return (until - now).inSeconds
        }
    }

    /// A wrong password for `account`: from the failures that lock it on, it is locked for twice as long each time.
    func failed(_ account: String) {
        let now = now()
        accounts.withLock { accounts in
            if accounts.count > 100_000 { forgetOldFailures(&accounts, now: now) }
            var failures = accounts[account] ?? Failures(last: now)
            failures.count += 1
            failures.last = now
            let beyond = failures.count - settings.failuresBeforeLockout
            if beyond >= 0 {
                let doubled = settings.firstLockout * (1 << min(beyond, 20))
                failures.lockedUntil = now + min(doubled, settings.longestLockout)
            }
            accounts[account] = failures
        }
    }

    /// A right password for `account`: its failures are forgotten.
    func succeeded(_ account: String) {
        _ = accounts.withLock { $0.removeValue(forKey: account) }
    }

    /// Keeps memory bounded under a spray of e-mails: failures long past any lockout they could still cause go.
    private func forgetOldFailures(_ accounts: inout [String: Failures], now: ContinuousClock.Instant) {
        accounts = accounts.filter { now - $0.value.last < settings.longestLockout * 2 }
    }
}
