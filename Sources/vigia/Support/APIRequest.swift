import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VigiaCore

/// One JSON request to a Vigia server, for the commands that drive one (benchmarks, load).
enum APIRequest {
    /// The answer's JSON object; `.io` with the status and body for anything but 2xx.
    static func send(
        _ client: HTTPClient, _ method: HTTPMethod, _ url: String, _ body: String, token: String? = nil
    ) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "content-type", value: "application/json")
        if let token { request.headers.add(name: "authorization", value: "Bearer " + token) }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await client.execute(request, timeout: .seconds(30))
        let answer = try await response.body.collect(upTo: 1 << 22)
        guard (200..<300).contains(Int(response.status.code)) else {
            throw VigiaError(.io, "\(url) answered \(response.status.code): \(String(buffer: answer))")
        }
        return try JSONSerialization.jsonObject(with: Data(buffer: answer)) as? [String: Any] ?? [:]
    }
}
