import Foundation
import HTTPTypes
import HummingbirdTesting
import HummingbirdWSTesting
import HummingbirdWebSocket
import NIOCore
import Testing
import VigiaCore
import VigiaTesting

@testable import VigiaServer

/// Times and numbers at the edges of what 64 bits hold, in every ingest format: a message whose time Vigia cannot
/// do arithmetic on is refused at the edge, and one already stored (by an older version) never crashes a read.
@Suite struct ExtremeTimeTests {
    /// A `ts` value as each format writes it, and whether Vigia must take it.
    struct TimeValue: CustomStringConvertible {
        let json: String
        let text: String
        let accepted: Bool
        /// As a CSV field, which is text: a fraction of a millisecond is a number's only.
        var acceptedAsText: Bool { accepted && (text.contains("T") || Int64(text) != nil) }

        static func number(_ literal: String, _ accepted: Bool) -> TimeValue {
            TimeValue(json: literal, text: literal, accepted: accepted)
        }

        static func string(_ text: String, _ accepted: Bool) -> TimeValue {
            TimeValue(json: "\"\(text)\"", text: text, accepted: accepted)
        }

        var description: String { json }
    }

    static let values: [TimeValue] = [
        .number("-9223372036854775808", false), .number("9223372036854775807", false),
        .number("9223372036854775808", false), .number("-9223372036854775809", false), .number("1e20", false),
        .number("-1e20", false), .number("1e308", false), .number("-1.7976931348623157e308", false),
        .number("4.9e-324", false), .number("0", false), .number("-0", false), .number("946684799999", false),
        .number("946684800000", true), .number("1795378445000", true), .number("1795378445000.75", true),
        .number("4102444799999", true), .number("4102444800000", false),
        .number("123456789012345678901234567890", false),
        .string("-9223372036854775808", false), .string("9223372036854775807", false),
        .string("1795378445000", true), .string("0000-01-01T00:00:00Z", false),
        .string("9999-12-31T23:59:59.999Z", false), .string("1999-12-31T23:59:59.999Z", false),
        .string("2000-01-01T00:00:00Z", true), .string("2099-12-31T23:59:59.999-03:00", false),
        .string("2099-12-31T20:59:59.999-03:00", true), .string("2026-02-30T00:00:00Z", false),
        .string("2026-11-22T20:14:05.123456789+23:59", true), .string("", false), .string("1e20", false),
        TimeValue(json: "true", text: "true", accepted: false), TimeValue(json: "[]", text: "[]", accepted: false),
        TimeValue(json: "{}", text: "{}", accepted: false),
    ]

    static func setUp(_ client: any TestClientProtocol) async throws -> (token: String, stream: String) {
        let (token, _) = try await ServerTests.register(client, email: "ana@acme.com", tenant: "acme")
        return (token, try await ServerTests.createStream(client, token: token))
    }

    @Test func theProbesPoisonMessagesAreRefusedAndTheNodeStaysUp() async throws {
        try await ServerTests().withApp { client, store in
            let (token, stream) = try await Self.setUp(client)
            for body in [
                #"[{"text":"x","ts":"-9223372036854775808"}]"#, #"[{"text":"x","ts":1e20}]"#,
                #"[{"text":"x","ts":-9223372036854775808}]"#,
            ] {
                let response = try await ServerTests.call(
                    client, .post, "/api/v1/streams/\(stream)/messages", token: token, body: body)
                #expect(response.status == .unprocessableContent, "\(body): \(String(buffer: response.body))")
                #expect(String(buffer: response.body).contains("2000-01-01 to 2100-01-01"))
            }
            #expect(await store.countMessages(tenant: TenantID("acme"), stream: nil) == 0)
            let read = try await ServerTests.call(client, .get, "/api/v1/streams/\(stream)/messages", token: token)
            #expect(read.status == .ok)
        }
    }

    @Test func everyIngestFormatTakesExactlyTheTimesInRange() async throws {
        try await ServerTests().withApp { client, store in
            let (token, stream) = try await Self.setUp(client)
            var expected = 0
            for (index, value) in Self.values.enumerated() {
                let bodies = [
                    ("application/json", #"[{"text":"a\#(index)","ts":\#(value.json)}]"#),
                    ("application/x-ndjson", #"{"text":"b\#(index)","ts":\#(value.json)}"#),
                    ("text/csv", "ts,text\n\"\(value.text)\",c\(index)\n"),
                ]
                for (contentType, body) in bodies {
                    let response = try await ServerTests.call(
                        client, .post, "/api/v1/streams/\(stream)/messages", token: token, body: body,
                        contentType: contentType)
                    let status = response.status.code
                    if contentType == "text/csv" ? value.acceptedAsText : value.accepted {
                        #expect(status == 200, "\(contentType) \(value): \(String(buffer: response.body))")
                        expected += 1
                    } else {
                        #expect(
                            (400..<500).contains(status), "\(contentType) \(value): \(String(buffer: response.body))")
                    }
                }
            }
            #expect(await store.countMessages(tenant: TenantID("acme"), stream: nil) == expected)
            let page = try ServerTests.json(
                try await ServerTests.call(client, .get, "/api/v1/streams/\(stream)/messages?limit=1000", token: token))
            for item in page["items"] as? [[String: Any]] ?? [] {
                let time = Timestamp(rfc3339: item["ts"] as? String ?? "")
                #expect(time.map(Timestamp.acceptedRange.contains) == true, "\(item)")
            }
        }
    }

    /// Seeded batches mixing good and extreme times, ids and authors: never a server error, and a batch is taken
    /// whole or refused whole.
    @Test func randomBatchesOfExtremeValuesNeverBreakTheNode() async throws {
        try await ServerTests().withApp { client, store in
            let (token, stream) = try await Self.setUp(client)
            var random = DeterministicRandom(seed: 23)
            let oddFields = [
                #""id":-9223372036854775808"#, #""id":1e400"#, #""id":18446744073709551616"#, #""author":1e20"#,
                #""author":-0.0"#, #""id":"\u0000""#, #""extra":[[[[]]]]"#, #""text":1e20"#,
            ]
            var accepted = 0
            for round in 0..<200 {
                var lines: [String] = []
                var allGood = true
                for line in 0..<(1 + random.below(5)) {
                    let value = random.pick(Self.values)
                    var fields = [#""text":"r\#(round)-\#(line)""#, #""ts":\#(value.json)"#]
                    allGood = allGood && value.accepted
                    if random.chance(0.3) {
                        let odd = random.pick(oddFields)
                        fields.append(odd)
                        // Numbers are fine as ids and authors (kept as their text); a number is not a text.
                        allGood = allGood && !odd.hasPrefix(#""text""#)
                    }
                    lines.append("{" + fields.joined(separator: ",") + "}")
                }
                let asArray = random.chance(0.5)
                let response = try await ServerTests.call(
                    client, .post, "/api/v1/streams/\(stream)/messages", token: token,
                    body: asArray ? "[" + lines.joined(separator: ",") + "]" : lines.joined(separator: "\n"),
                    contentType: asArray ? "application/json" : "application/x-ndjson")
                #expect(response.status.code < 500, "\(lines): \(String(buffer: response.body))")
                if response.status == .ok {
                    accepted += try ServerTests.json(response)["accepted"] as? Int ?? 0
                } else {
                    #expect(!allGood || lines.contains { $0.contains("1e400") }, "\(lines)")
                }
            }
            #expect(accepted > 0)
            let stored = await store.countMessages(tenant: TenantID("acme"), stream: nil)
            #expect(stored == accepted)
            for path in ["messages", "export?format=csv", "export?format=json", "summary"] {
                let read = try await ServerTests.call(client, .get, "/api/v1/streams/\(stream)/\(path)", token: token)
                #expect(read.status == .ok, "\(path): \(String(buffer: read.body))")
            }
        }
    }

    @Test func ingestFramesWithExtremeTimesGetAnErrorEachAndTheSocketGoesOn() async throws {
        try await ServerTests().withApp(.live) { client, store in
            let (token, stream) = try await Self.setUp(client)
            let expected = Self.values.filter(\.accepted).count
            try await client.ws("/api/v1/streams/\(stream)/ingest?token=\(token)") { inbound, outbound, _ in
                var frames = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                for (index, value) in Self.values.enumerated() {
                    try await outbound.write(.text(#"{"text":"w\#(index)","ts":\#(value.json)}"#))
                    guard case .text(let answer) = try await frames.next() else {
                        Issue.record("no answer to \(value)")
                        return
                    }
                    #expect(answer.hasPrefix(value.accepted ? #"{"accepted":1"# : #"{"error""#), "\(value): \(answer)")
                }
            }
            #expect(await store.countMessages(tenant: TenantID("acme"), stream: nil) == expected)
        }
    }

    @Test func queryTimesOutsideTheRangeAre422NotACrash() async throws {
        try await ServerTests().withApp { client, _ in
            let (token, stream) = try await Self.setUp(client)
            for query in [
                "summary?from=-9223372036854775808&to=9223372036854775807", "summary?to=-9223372036854775808",
                "messages?from=-9223372036854775808", "export?to=9223372036854775807",
                "messages?limit=9223372036854775807", "messages?cursor=-9223372036854775808",
            ] {
                let response = try await ServerTests.call(
                    client, .get, "/api/v1/streams/\(stream)/\(query)", token: token)
                #expect(response.status == .unprocessableContent, "\(query): \(String(buffer: response.body))")
            }
        }
    }

    /// A row an older version stored with an extreme time is shown (as the calendar's extreme), never a crash.
    @Test func aStoredRowWithAnExtremeTimeDoesNotCrashAnyRead() async throws {
        try await ServerTests().withApp { client, store in
            let (token, stream) = try await Self.setUp(client)
            let result = try await store.append(
                [
                    NewMessage(eventTime: Timestamp(milliseconds: .min), text: "antigo"),
                    NewMessage(eventTime: Timestamp(milliseconds: .max), text: "futuro"),
                ], to: StreamID(stream), tenant: TenantID("acme"), receivedAt: Timestamp(milliseconds: .min))
            for path in [
                "streams/\(stream)/messages", "streams/\(stream)/export?format=csv",
                "streams/\(stream)/export?format=jsonl", "streams/\(stream)/export?format=json",
                "messages/\(result.ids[0].rawValue)", "messages/\(result.ids[1].rawValue)",
            ] {
                let read = try await ServerTests.call(client, .get, "/api/v1/\(path)", token: token)
                #expect(read.status == .ok, "\(path): \(String(buffer: read.body))")
            }
            // And the stream goes on: a new message is watched from stored history that holds those rows.
            let next = try await ServerTests.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: token,
                body: #"[{"text":"sem som","ts":"2026-11-22T20:00:00Z"}]"#)
            #expect(next.status == .ok)
        }
    }
}
