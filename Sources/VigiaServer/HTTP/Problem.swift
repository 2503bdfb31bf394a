import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import VigiaCore

/// An error as the API says it: `application/problem+json` (RFC 9457) with a stable `code` that clients may switch
/// on, a status, and a sentence for people.
public struct Problem: HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let detail: String
    /// Extra headers, such as Retry-After.
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, _ detail: String) {
        self.status = status
        self.code = code
        self.detail = detail
    }

    /// The problem of one of Vigia's own errors: its code, and the status its code means over HTTP (the only place
    /// that mapping lives).
    public init(_ error: VigiaError) {
        let status: HTTPResponse.Status =
            switch error.code {
            case .notFound: .notFound
            case .conflict: .conflict
            case .invalidArgument: .unprocessableContent
            case .invalidData: .badRequest
            case .unavailable: .serviceUnavailable
            default: .internalServerError
            }
        self.init(status, code: error.code.rawValue, status == .internalServerError ? "internal error" : error.message)
        if status == .serviceUnavailable { headers[.retryAfter] = "1" }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var body = "{\"type\":\"about:blank\",\"title\":" + JSONText.string(status.reasonPhrase)
        body += ",\"status\":\(status.code),\"code\":" + JSONText.string(code)
        body += ",\"detail\":" + JSONText.string(detail) + "}"
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func unauthorized(_ detail: String = "sign in, or send an API key") -> Problem {
        var problem = Problem(.unauthorized, code: "unauthorized", detail)
        problem.headers[.wwwAuthenticate] = "Bearer"
        return problem
    }

    static func forbidden(_ detail: String) -> Problem { Problem(.forbidden, code: "forbidden", detail) }

    static func badRequest(_ detail: String) -> Problem { Problem(.badRequest, code: "bad_request", detail) }

    static func unprocessable(_ detail: String) -> Problem {
        Problem(.unprocessableContent, code: "invalid_argument", detail)
    }
}

/// Turns every error a route throws into a problem: Vigia's errors by their code, Hummingbird's by their status,
/// anything else into a 500 that says nothing of the inside (and is logged).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as VigiaError {
            if Problem(error).status == .internalServerError {
                context.logger.error("request failed: \(error)", metadata: ["path": "\(request.uri.path)"])
            }
            throw Problem(error)
        } catch is NIOTooManyBytesError {
            throw Problem(.contentTooLarge, code: "too_large", "the body is larger than the limit")
        } catch let error as HTTPError {
            throw Problem(error.status, code: Self.code(of: error.status), error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed: \(error)", metadata: ["path": "\(request.uri.path)"])
            throw Problem(.internalServerError, code: "internal", "internal error")
        }
    }

    static func code(of status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "not_found"
        case .badRequest: "bad_request"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .methodNotAllowed: "method_not_allowed"
        case .contentTooLarge: "too_large"
        default: "http_\(status.code)"
        }
    }
}
