import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import Testing
import VigiaCore

@testable import VigiaEngine

/// Receivers cannot be aimed at the node's own networks (SSRF): not by an address in any spelling, not by a name
/// that resolves inside, not by a redirect; on-premise receivers are allowed by configuration.
@Suite struct OutboundAddressPolicyTests {
    /// Hosts as a URL may name them, each inside the node's networks.
    static let internalHosts = [
        "127.0.0.1", "localhost", "LOCALHOST.", "api.localhost", "[::1]", "2130706433", "0x7f000001", "0177.0.0.1",
        "127.1", "169.254.169.254", "[::ffff:127.0.0.1]", "[::ffff:a9fe:a9fe]", "[64:ff9b::a9fe:a9fe]", "10.0.0.1",
        "172.31.255.255", "192.168.1.1", "100.64.0.1", "0.0.0.0", "[::]", "[fe80::1]", "[fd00:ec2::254]",
        "224.0.0.1", "255.255.255.255", "[ff02::1]",
    ]

    @Test func everySpellingOfAnInternalAddressIsRefusedBeforeAnyDNS() {
        for host in Self.internalHosts {
            #expect(OutboundAddressPolicy.publicOnly.refusal(ofLiteralHost: host) != nil, "\(host)")
        }
        for host in ["hooks.slack.com", "8.8.8.8", "[2606:4700:4700::1111]", "172.32.0.1", "api.telegram.org"] {
            #expect(OutboundAddressPolicy.publicOnly.refusal(ofLiteralHost: host) == nil, "\(host)")
        }
    }

    @Test func aNameIsJudgedByEveryAddressItResolvesTo() async throws {
        let names: [String: [[UInt8]]] = [
            "hooks.example.com": [[93, 184, 215, 14]],
            "rebound.example.com": [[93, 184, 215, 14], [127, 0, 0, 1]],
            "metadata.example.com": [[169, 254, 169, 254]],
            "ops.corp.example": [[10, 2, 3, 4]],
        ]
        let policy = try OutboundAddressPolicy(allowing: [], resolver: { names[$0] ?? [] })
        #expect(try await policy.address(for: "hooks.example.com") == "93.184.215.14")
        for refused in ["rebound.example.com", "metadata.example.com", "ops.corp.example"] {
            await #expect(throws: VigiaError.self, "\(refused)") { try await policy.address(for: refused) }
        }
        do {
            _ = try await policy.address(for: "nowhere.example.com")
            Issue.record("an unknown name has no address")
        } catch {
            #expect(error.code == .unavailable)
        }
        let onPremise = try OutboundAddressPolicy(
            allowing: ["ops.corp.example", "10.9.0.0/16"], resolver: { _ in [[10, 9, 1, 1]] })
        #expect(try await onPremise.address(for: "ops.corp.example") == "10.9.1.1")
        #expect(try await onPremise.address(for: "other.corp.example") == "10.9.1.1")
        #expect(
            onPremise.refusal(ofLiteralHost: "10.9.200.1") == nil && onPremise.refusal(ofLiteralHost: "10.8.0.1") != nil
        )
        #expect(throws: VigiaError.self) { try OutboundAddressPolicy(allowing: ["10.0.0.0/33"]) }
        #expect(throws: VigiaError.self) { try OutboundAddressPolicy(allowing: ["http://x/"]) }
    }

    @Test func theSystemResolverReadsTheHostsFile() {
        #expect(OutboundAddressPolicy.systemResolver("localhost").contains([127, 0, 0, 1]))
        #expect(OutboundAddressPolicy.systemResolver("no-such-host.invalid").isEmpty)
    }

    /// Against a real server on loopback, allowed as an on-premise receiver would be: redirects that keep the body
    /// are followed when they stay allowed, and a receiver's own words never come back.
    @Test func redirectsAreFollowedOnlyToAllowedAddressesAndBodiesAreNeverRepeated() async throws {
        let received = Mutex<[String]>([])
        try await withLoopbackServer({ router in
            router.acceptPosts(at: "hook") { body in received.withLock { $0.append(body) } }
            router.post("moved") { _, _ in Response(status: .permanentRedirect, headers: [.location: "/hook"]) }
            router.post("to-metadata") { _, _ in
                Response(status: .temporaryRedirect, headers: [.location: "http://169.254.169.254/latest/meta-data"])
            }
            router.post("to-ipv6-loopback") { _, _ in
                Response(status: .temporaryRedirect, headers: [.location: "http://[::1]:9/x"])
            }
            router.post("see-other") { _, _ in Response(status: .seeOther, headers: [.location: "/hook"]) }
            router.post("loop") { _, _ in Response(status: .temporaryRedirect, headers: [.location: "/loop"]) }
            router.post("refuses") { _, _ in
                Response(status: .badRequest, body: .init(byteBuffer: .init(string: "internal token=SEGREDO-42")))
            }
        }) { base in
            let delivery = AlertDelivery.toLoopback()
            func send(_ path: String) async -> AlertDelivery.Outcome {
                await delivery.send(OutgoingRequest(url: base + path, body: #"{"n":1}"#, headers: [:]))
            }
            #expect(await send("/moved") == .delivered)
            #expect(received.withLock { $0 } == [#"{"n":1}"#])
            for path in ["/to-metadata", "/to-ipv6-loopback"] {
                guard case .rejected(let reason) = await send(path) else {
                    Issue.record("\(path) is followed into the node's networks")
                    continue
                }
                #expect(reason.contains("inside the node's networks"), "\(reason)")
            }
            #expect(await send("/see-other") == .rejected(reason: "answered 303"))
            #expect(await send("/loop") == .rejected(reason: "redirected more than 3 times"))
            #expect(await send("/refuses") == .rejected(reason: "answered 400"))
            // Without the allowance, loopback is the node itself.
            guard
                case .rejected(let reason) = await AlertDelivery().send(
                    OutgoingRequest(url: base + "/hook", body: "{}", headers: [:]))
            else {
                Issue.record("loopback is reached by default")
                return
            }
            #expect(reason.contains("alerts.allowedAddresses"))
            #expect(received.withLock { $0.count } == 1)
        }
    }
}
