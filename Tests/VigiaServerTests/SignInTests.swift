import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigiaCore
import VigiaTesting

@testable import VigiaServer

/// Guessing passwords is slowed per account and per client address, and registering tells no one who has an
/// account.
@Suite struct SignInTests {
    static func login(_ email: String, _ password: String, tenant: String? = nil) -> String {
        #"{"email":"\#(email)","password":"\#(password)""# + (tenant.map { #","tenant":"\#($0)""# } ?? "") + "}"
    }

    @Test func anAccountIsLockedAfterFiveWrongPasswordsForLongerEachTime() {
        let clock = ManualClock()
        let throttle = SignInThrottle(now: { clock.now })
        for attempt in 0..<5 {
            #expect(throttle.lockout(of: "ana@acme.com") == nil, "attempt \(attempt)")
            throttle.failed("ana@acme.com")
        }
        #expect(throttle.lockout(of: "ana@acme.com") == 30)
        #expect(throttle.lockout(of: "bia@acme.com") == nil)
        clock.advance(by: .seconds(30))
        #expect(throttle.lockout(of: "ana@acme.com") == nil)
        throttle.failed("ana@acme.com")
        #expect(throttle.lockout(of: "ana@acme.com") == 60)
        for _ in 0..<20 { throttle.failed("ana@acme.com") }
        #expect(throttle.lockout(of: "ana@acme.com") == 900)
        throttle.succeeded("ana@acme.com")
        #expect(throttle.lockout(of: "ana@acme.com") == nil)
    }

    @Test func eachAddressHasItsOwnBucketOfAttempts() {
        let clock = ManualClock()
        let throttle = SignInThrottle(now: { clock.now })
        for _ in 0..<30 { #expect(throttle.admit(address: "203.0.113.9") == nil) }
        #expect(throttle.admit(address: "203.0.113.9") == 2)
        #expect(throttle.admit(address: "198.51.100.1") == nil)
        clock.advance(by: .seconds(2))
        #expect(throttle.admit(address: "203.0.113.9") == nil)
    }

    /// The probe's 200 wrong passwords in a row: 401 five times, then 429 with Retry-After, and the right password
    /// is refused too until the lockout ends (it is not even checked).
    @Test func twoHundredWrongPasswordsGetLockedOut() async throws {
        var limits = APILimits()
        limits.signIn.attemptsPerMinute = 10_000
        let clock = ManualClock()
        try await ServerTests().withApp(limits: limits, clock: clock) { client, _ in
            _ = try await ServerTests.register(client, email: "ana@acme.com", tenant: "acme")
            var statuses: [Int] = []
            for attempt in 0..<200 {
                let response = try await ServerTests.call(
                    client, .post, "/auth/login", body: Self.login("ana@acme.com", "errada\(attempt)"))
                statuses.append(Int(response.status.code))
                if response.status == .tooManyRequests {
                    #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 >= 1)
                }
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == 401 } && statuses.dropFirst(5).allSatisfy { $0 == 429 })
            let right = try await ServerTests.call(
                client, .post, "/auth/login", body: Self.login("ana@acme.com", "segredo123"))
            #expect(right.status == .tooManyRequests)
            clock.advance(by: .seconds(900))
            let later = try await ServerTests.call(
                client, .post, "/auth/login", body: Self.login("ana@acme.com", "segredo123"))
            #expect(later.status == .ok)
            // Another account is not locked with it.
            _ = try await ServerTests.register(client, email: "bia@globex.com", tenant: "globex")
            let other = try await ServerTests.call(
                client, .post, "/auth/login", body: Self.login("bia@globex.com", "segredo123"))
            #expect(other.status == .ok)
        }
    }

    @Test func oneAddressMakesAtMostItsShareOfSignInRequests() async throws {
        try await ServerTests().withApp(clock: ManualClock()) { client, _ in
            var statuses: [Int] = []
            for attempt in 0..<40 {
                let response = try await ServerTests.call(
                    client, .post, "/auth/login", body: Self.login("zoe\(attempt)@acme.com", "errada123"))
                statuses.append(Int(response.status.code))
            }
            #expect(statuses.prefix(30).allSatisfy { $0 == 401 } && statuses.dropFirst(30).allSatisfy { $0 == 429 })
            let registration = try await ServerTests.call(
                client, .post, "/auth/register", body: #"{"email":"a@b.co","password":"segredo123","tenant":"novo"}"#)
            #expect(registration.status == .tooManyRequests)
        }
    }

    /// An e-mail registered elsewhere is answered as any other: an account is per tenant.
    @Test func registeringTellsNothingAboutOtherTenantsAccounts() async throws {
        try await ServerTests().withApp(clock: ManualClock()) { client, _ in
            _ = try await ServerTests.register(client, email: "ana@acme.com", tenant: "acme")
            let again = try await ServerTests.call(
                client, .post, "/auth/register",
                body: #"{"email":"Ana@Acme.com","password":"outra-senha","tenant":"globex"}"#)
            let fresh = try await ServerTests.call(
                client, .post, "/auth/register",
                body: #"{"email":"nunca@visto.com","password":"outra-senha","tenant":"initech"}"#)
            #expect(again.status == .created && fresh.status == .created)
            #expect(
                Set(try ServerTests.json(again).keys) == Set(try ServerTests.json(fresh).keys),
                "\(String(buffer: again.body))")
            // Each password opens its own tenant's account.
            let acme = try ServerTests.json(
                try await ServerTests.call(client, .post, "/auth/login", body: Self.login("ana@acme.com", "segredo123"))
            )
            let globex = try ServerTests.json(
                try await ServerTests.call(
                    client, .post, "/auth/login", body: Self.login("ana@acme.com", "outra-senha")))
            let acmeStreams = try await ServerTests.call(
                client, .get, "/api/v1/streams", token: acme["token"] as? String)
            #expect(acmeStreams.status == .ok && globex["token"] as? String != acme["token"] as? String)
        }
    }

    @Test func oneEmailAndPasswordInTwoTenantsMustNameTheTenant() async throws {
        try await ServerTests().withApp(clock: ManualClock()) { client, _ in
            _ = try await ServerTests.register(client, email: "ana@acme.com", tenant: "acme")
            _ = try await ServerTests.register(client, email: "ana@acme.com", tenant: "globex")
            let ambiguous = try await ServerTests.call(
                client, .post, "/auth/login", body: Self.login("ana@acme.com", "segredo123"))
            #expect(ambiguous.status == .unprocessableContent)
            #expect(String(buffer: ambiguous.body).contains("give 'tenant' (acme, globex)"))
            let chosen = try await ServerTests.call(
                client, .post, "/auth/login", body: Self.login("ana@acme.com", "segredo123", tenant: "globex"))
            #expect(chosen.status == .ok)
            let streams = try await ServerTests.call(
                client, .post, "/api/v1/streams", token: try ServerTests.json(chosen)["token"] as? String,
                body: #"{"name":"Final","kind":"chat"}"#)
            #expect(streams.status == .created)
        }
    }
}
