import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import VigiaServer

/// The dashboard's files as the server hands them out (what the pages do is tested in a browser by
/// scripts/browser-tests).
extension ServerTests {
    @Test func theDashboardIsServedWithEveryModuleItImportsAndAStrictPolicy() async throws {
        try await withApp { client, _ in
            let root = try await Self.call(client, .get, "/")
            #expect(root.status == .found && root.headers[.location] == "/app/")
            let page = try await Self.call(client, .get, "/app/")
            #expect(page.status == .ok && page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(String(buffer: page.body).contains(#"src="/app/assets/main.js""#))

            // Every module a module imports is served, as JavaScript: a file left out of the binary fails here.
            var pending = ["main.js"]
            var served: Set<String> = []
            while let name = pending.popLast() {
                guard served.insert(name).inserted else { continue }
                let asset = try await Self.call(client, .get, "/app/assets/\(name)")
                #expect(asset.status == .ok, "\(name)")
                #expect(asset.headers[.contentType] == "text/javascript; charset=utf-8", "\(name)")
                let source = String(buffer: asset.body)
                let imports = source.matches(of: /from '\.\/([a-z0-9-]+\.js)'/).map { String($0.output.1) }
                pending += imports
            }
            #expect(served == Set(DashboardAssets.files.keys.filter { $0.hasSuffix(".js") }))
            let style = try await Self.call(client, .get, "/app/assets/app.css")
            #expect(style.status == .ok && style.headers[.contentType] == "text/css; charset=utf-8")
            let missing = try await Self.call(client, .get, "/app/assets/nada.js")
            #expect(missing.status == .notFound && missing.headers[.contentType] == "application/problem+json")
        }
    }
}
