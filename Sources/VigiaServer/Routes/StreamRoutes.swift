import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct NewStream: JSONBody {
        static var fields: Set<String> { ["name", "kind", "taxonomies"] }
        let name: String
        let kind: String
        let taxonomies: [String]?
    }

    struct StreamView: JSONResponse {
        let id: String
        let name: String
        let kind: String
        let taxonomies: [String]
        let createdAt: String

        init(_ stream: VigiaCore.Stream) {
            id = stream.id.rawValue
            name = stream.name
            kind = stream.kind.rawValue
            taxonomies = stream.taxonomies
            createdAt = stream.createdAt.rfc3339
        }
    }

    struct StreamList: JSONResponse {
        let items: [StreamView]
    }

    /// The taxonomies a stream of `kind` runs when it names none.
    static func defaultTaxonomies(of kind: VigiaCore.Stream.Kind) -> [String] {
        kind == .feedback ? [Taxonomy.feedback.name] : [Taxonomy.techIssues.name]
    }

    /// The caller's stream `id`, or 404 (also for another tenant's stream: it does not exist for this caller).
    func stream(_ context: VigiaRequestContext, tenant: TenantID) async throws -> VigiaCore.Stream {
        let id = try context.parameters.require("id")
        guard let stream = try await store.stream(StreamID(id), tenant: tenant) else {
            throw Problem(.notFound, code: "not_found", "no stream '\(id)'")
        }
        return stream
    }

    /// `/api/v1/streams`: operators create and delete streams; everyone in the tenant reads them.
    func addStreamRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.post("streams") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let body = try await request.json(NewStream.self, limit: limits.smallBody)
            guard let kind = VigiaCore.Stream.Kind(rawValue: body.kind) else {
                throw Problem.unprocessable(
                    "kind must be one of \(VigiaCore.Stream.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let name = body.name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.count <= limits.nameLength else {
                throw Problem.unprocessable("a stream name has 1 to \(limits.nameLength) characters")
            }
            let taxonomies = body.taxonomies ?? Self.defaultTaxonomies(of: kind)
            if let unknown = taxonomies.first(where: { !self.taxonomies.contains($0) }) {
                throw Problem.unprocessable("no model for taxonomy '\(unknown)' on this node")
            }
            let stream = VigiaCore.Stream(
                id: StreamID(Self.newStreamID()), name: name, kind: kind, taxonomies: taxonomies, createdAt: .now)
            try await store.createStream(stream, tenant: caller.tenant)
            return try StreamView(stream).response(status: .created)
        }
        api.get("streams") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            return try StreamList(items: try await store.streams(tenant: caller.tenant).map(StreamView.init)).response()
        }
        api.get("streams/:id") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            return try StreamView(try await stream(context, tenant: caller.tenant)).response()
        }
        api.delete("streams/:id") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let stream = try await stream(context, tenant: caller.tenant)
            _ = try await store.deleteStream(stream.id, tenant: caller.tenant)
            await pipeline.forget(stream.id, tenant: caller.tenant)
            return Response(status: .noContent)
        }
    }

    /// `st_` and 12 random lowercase letters and digits.
    static func newStreamID() -> String {
        "st_" + Credentials.random(length: 12, from: Array("abcdefghijklmnopqrstuvwxyz0123456789"))
    }
}
