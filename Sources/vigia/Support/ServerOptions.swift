import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VigiaCore

/// How a command reaches a running server and signs in: `--url` and `--token`, or `--email` and `--password`
/// (the environment's VIGIA_URL, VIGIA_TOKEN, VIGIA_EMAIL and VIGIA_PASSWORD when the options are left out).
struct ServerOptions: ParsableArguments {
    @Option(help: "The server (default: VIGIA_URL, else http://127.0.0.1:8080).")
    var url: String?

    @Option(help: "An API key or an access token (default: VIGIA_TOKEN).")
    var token: String?

    @Option(help: "Log in as this user instead of --token (default: VIGIA_EMAIL).")
    var email: String?

    @Option(help: "The user's password (default: VIGIA_PASSWORD).")
    var password: String?

    private static func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The server's address, without a trailing slash.
    var base: String {
        let url = self.url ?? Self.environment("VIGIA_URL") ?? "http://127.0.0.1:8080"
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    func validate() throws {
        let token = self.token ?? Self.environment("VIGIA_TOKEN")
        let email = self.email ?? Self.environment("VIGIA_EMAIL")
        let password = self.password ?? Self.environment("VIGIA_PASSWORD")
        guard token != nil || (email != nil && password != nil) else {
            throw ValidationError("pass --token (or VIGIA_TOKEN), or --email and --password")
        }
    }

    /// The bearer token: the one given, or one got by logging in.
    func accessToken(_ client: HTTPClient) async throws -> String {
        if let token = token ?? Self.environment("VIGIA_TOKEN") { return token }
        let email = self.email ?? Self.environment("VIGIA_EMAIL") ?? ""
        let password = self.password ?? Self.environment("VIGIA_PASSWORD") ?? ""
        let body = #"{"email":\#(JSONText.string(email)),"password":\#(JSONText.string(password))}"#
        return try await APIRequest.send(client, .POST, base + "/auth/login", body)["token"] as? String ?? ""
    }

    /// Signs in, then runs `body` with a client and a function that calls the API: a JSON request to a path under
    /// `/api/v1`, answered with its JSON object (`.io` with the server's problem for anything but 2xx).
    func session<T>(
        _ body: (_ call: (HTTPMethod, String, String?) async throws -> [String: Any]) async throws -> T
    ) async throws(VigiaError) -> T {
        let client = HTTPClient.shared
        do {
            let token = try await accessToken(client)
            return try await body { method, path, json in
                try await APIRequest.send(client, method, base + "/api/v1" + path, json ?? "", token: token)
            }
        } catch let error as VigiaError {
            throw error
        } catch {
            throw VigiaError(.io, "\(base): \(error)")
        }
    }
}
