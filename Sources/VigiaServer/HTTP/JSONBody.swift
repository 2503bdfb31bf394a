import Foundation
import Hummingbird
import NIOCore
import VigiaCore

/// A request body the API reads: JSON with only the fields it names, so a typo in a field is an error, not a
/// silently ignored value.
protocol JSONBody: Decodable {
    static var fields: Set<String> { get }
    /// The fields of the body's object-valued fields, by name, checked the same way.
    static var nestedFields: [String: Set<String>] { get }
}

extension JSONBody {
    static var nestedFields: [String: Set<String>] { [:] }
}

/// A response body: JSON.
protocol JSONResponse: Encodable {}

extension JSONResponse {
    func response(status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(self))))
    }
}

extension Request {
    /// The whole body, at most `limit` bytes (413 beyond), as valid UTF-8 (400 otherwise).
    func text(limit: Int) async throws -> String {
        let buffer = try await body.collect(upTo: limit)
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw Problem.badRequest("the body is not valid UTF-8")
        }
        return text
    }

    /// The body decoded as `T`: 400 for malformed JSON, 422 for unknown fields, missing fields or wrong types.
    func json<T: JSONBody>(_ type: T.Type, limit: Int) async throws -> T {
        let text = try await text(limit: limit)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw Problem.badRequest("the body is not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw Problem.unprocessable("the body must be a JSON object")
        }
        if let unknown = fields.keys.sorted().first(where: { !T.fields.contains($0) }) {
            throw Problem.unprocessable("unknown field '\(unknown)'")
        }
        for (field, known) in T.nestedFields {
            guard let nested = fields[field] as? [String: Any] else { continue }
            if let unknown = nested.keys.sorted().first(where: { !known.contains($0) }) {
                throw Problem.unprocessable("unknown field '\(field).\(unknown)'")
            }
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, _) {
            throw Problem.unprocessable("missing field '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw Problem.unprocessable("field '\(field)' has the wrong type")
        } catch {
            throw Problem.unprocessable("the body does not fit: \(error)")
        }
    }
}
