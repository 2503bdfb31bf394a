import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VigiaCore

/// Sends receivers' requests over HTTP and says what became of each: delivered, to be tried again (and when the
/// receiver asked), or refused for good. It never throws and never names a receiver's URL (it holds secrets).
public struct AlertDelivery: Sendable {
    public enum Outcome: Sendable, Hashable {
        case delivered
        /// The receiver is busy or down (429, 5xx, no connection): try again, after `after` when it said so.
        case retry(after: Duration?, reason: String)
        /// The receiver refused the request (another 4xx): the same request will not succeed.
        case rejected(reason: String)
    }

    private let client: HTTPClient
    /// How long a receiver has to answer.
    public let timeout: Duration

    public init(client: HTTPClient = .shared, timeout: Duration = .seconds(10)) {
        self.client = client
        self.timeout = timeout
    }

    public func send(_ outgoing: OutgoingRequest) async -> Outcome {
        var request = HTTPClientRequest(url: outgoing.url)
        request.method = .POST
        for (name, value) in outgoing.headers.sorted(by: { $0.key < $1.key }) {
            request.headers.add(name: name, value: value)
        }
        request.body = .bytes(ByteBuffer(string: outgoing.body))
        let status: Int
        let headers: HTTPHeaders
        let body: String
        do {
            let response = try await client.execute(
                request, timeout: .milliseconds(Int64(timeout.inMilliseconds.rounded(.up))))
            status = Int(response.status.code)
            headers = response.headers
            body = String(buffer: try await response.body.collect(upTo: 64 * 1024))
        } catch {
            return .retry(after: nil, reason: "no answer (\(Self.kind(of: error)))")
        }
        switch status {
        case 200..<300:
            return .delivered
        case 429, 500..<600:
            return .retry(after: Self.retryAfter(headers, body), reason: "answered \(status)")
        default:
            return .rejected(reason: "answered \(status): \(body.prefix(200))")
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
