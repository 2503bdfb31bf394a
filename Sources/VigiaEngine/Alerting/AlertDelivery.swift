import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VigiaCore

/// Sends receivers' requests over HTTP and says what became of each: delivered, to be tried again (and when the
/// receiver asked), or refused for good. It never throws and never names a receiver's URL (it holds secrets) nor
/// repeats what a receiver answered, only its status: a receiver's body is no one's business but the receiver's.
///
/// Each request goes to an address its ``OutboundAddressPolicy`` allows, the one it judged (the client is told to
/// connect there, while TLS and `Host` still name the URL's host); a redirect is followed, at most three times,
/// only when it keeps the request's method and body, and only to an allowed address too.
public struct AlertDelivery: Sendable {
    public enum Outcome: Sendable, Hashable {
        case delivered
        /// The receiver is busy or down (429, 5xx, no connection): try again, after `after` when it said so.
        case retry(after: Duration?, reason: String)
        /// The receiver refused the request (another 4xx), or its address may not be reached: the same request will
        /// not succeed.
        case rejected(reason: String)
    }

    /// How long a receiver has to answer.
    public let timeout: Duration
    /// Which addresses requests may go to.
    public let addresses: OutboundAddressPolicy

    public init(timeout: Duration = .seconds(10), addresses: OutboundAddressPolicy = .publicOnly) {
        self.timeout = timeout
        self.addresses = addresses
    }

    public func send(_ outgoing: OutgoingRequest) async -> Outcome {
        var target = outgoing.url
        for _ in 0...Self.maximumRedirects {
            let answer: Answer
            switch await post(outgoing, to: target) {
            case .answered(let answered): answer = answered
            case .failed(let outcome): return outcome
            }
            switch answer.status {
            case 200..<300:
                return .delivered
            case 429, 500..<600:
                return .retry(after: Self.retryAfter(answer.headers, answer.body), reason: "answered \(answer.status)")
            case 301, 302, 307, 308:
                guard let location = answer.headers.first(name: "location"),
                    let next = URL(string: location, relativeTo: URL(string: target))?.absoluteURL,
                    ["http", "https"].contains(next.scheme?.lowercased())
                else { return .rejected(reason: "answered \(answer.status) without a usable location") }
                target = next.absoluteString
            default:
                return .rejected(reason: "answered \(answer.status)")
            }
        }
        return .rejected(reason: "redirected more than \(Self.maximumRedirects) times")
    }

    static let maximumRedirects = 3

    private struct Answer {
        let status: Int
        let headers: HTTPHeaders
        let body: String
    }

    private enum Attempt {
        case answered(Answer)
        case failed(Outcome)
    }

    /// One POST of the request's body to `url`, at the address the policy allows for its host.
    private func post(_ outgoing: OutgoingRequest, to url: String) async -> Attempt {
        guard let parsed = URL(string: url), let host = parsed.host, !host.isEmpty else {
            return .failed(.rejected(reason: "its URL has no host"))
        }
        let address: String
        do {
            address = try await addresses.address(for: host)
        } catch {
            return .failed(
                error.code == .unavailable
                    ? .retry(after: nil, reason: error.message) : .rejected(reason: error.message))
        }
        var configuration = HTTPClient.Configuration()
        configuration.dnsOverride = [host: address]
        configuration.redirectConfiguration = .disallow
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in outgoing.headers.sorted(by: { $0.key < $1.key }) {
            request.headers.add(name: name, value: value)
        }
        request.body = .bytes(ByteBuffer(string: outgoing.body))
        do {
            return try await HTTPClient.withHTTPClient(configuration: configuration) { client in
                let response = try await client.execute(
                    request, timeout: .milliseconds(Int64(timeout.inMilliseconds.rounded(.up))))
                return .answered(
                    Answer(
                        status: Int(response.status.code), headers: response.headers,
                        body: String(buffer: try await response.body.collect(upTo: 64 * 1024))))
            }
        } catch {
            return .failed(.retry(after: nil, reason: "no answer (\(Self.kind(of: error)))"))
        }
    }

    /// How long before the next try: the receiver's Retry-After (seconds) or Telegram's `parameters.retry_after`.
    static func retryAfter(_ headers: HTTPHeaders, _ body: String) -> Duration? {
        if let value = headers.first(name: "retry-after"), let seconds = Int(value.trimmingCharacters(in: .whitespaces))
        {
            return .seconds(max(0, seconds))
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
        if let seconds = (object?["parameters"] as? [String: Any])?["retry_after"] as? Int {
            return .seconds(max(0, seconds))
        }
        return nil
    }

    /// The next wait after `attempts` failed tries: 5 s, doubling, at most 10 minutes.
    public static func backoff(afterAttempts attempts: Int) -> Duration {
        Backoff(initial: .seconds(5), maximum: .seconds(600)).wait(afterFailures: attempts)
    }

    /// An error's kind without its text, which may quote the URL.
    private static func kind(of error: any Error) -> String {
        if let client = error as? HTTPClientError {
            if client == .deadlineExceeded || client == .readTimeout || client == .connectTimeout { return "timed out" }
            return "client error"
        }
        return "connection failed"
    }
}
