import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VigiaCore

/// One JSON request to a Vigia server, for the commands that drive one (benchmarks, load).
enum APIRequest {
    /// The answer's JSON object (empty for an answer without a body); for anything but 2xx, `.unavailable` (429,
    /// 503) or `.io`, with the status and the problem's detail.
    static func send(
        _ client: HTTPClient, _ method: HTTPMethod, _ url: String, _ body: String, token: String? = nil,
        contentType: String = "application/json"
    ) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "content-type", value: contentType)
        if let token { request.headers.add(name: "authorization", value: "Bearer " + token) }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await client.execute(request, timeout: .seconds(30))
        let answer = try await response.body.collect(upTo: 1 << 22)
        let object = answer.readableBytes == 0 ? nil : try? JSONSerialization.jsonObject(with: Data(buffer: answer))
        guard (200..<300).contains(Int(response.status.code)) else {
            // A problem's own words when the server sent one.
            let detail = (object as? [String: Any])?["detail"] as? String ?? String(buffer: answer)
            // Busy or rate limited: the caller may try again.
            let code: VigiaError.Code = [429, 503].contains(response.status.code) ? .unavailable : .io
            throw VigiaError(code, "\(url) answered \(response.status.code): \(detail)")
        }
        return object as? [String: Any] ?? [:]
    }
}
