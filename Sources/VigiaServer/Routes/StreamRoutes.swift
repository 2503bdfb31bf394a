import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct NewStream: JSONBody {
        static var fields: Set<String> { ["name", "kind", "taxonomies", "detection"] }
        static var nestedFields: [String: Set<String>] { ["detection": detectionFields] }
        let name: String
        let kind: String
        let taxonomies: [String]?
        let detection: VigiaCore.Stream.Detection?
    }

    /// `PATCH`: each field present replaces the stream's; `detection` replaces all the overrides (`{}` clears them).
    struct StreamChange: JSONBody {
        static var fields: Set<String> { ["name", "kind", "taxonomies", "detection"] }
        static var nestedFields: [String: Set<String>] { ["detection": detectionFields] }
        let name: String?
        let kind: String?
        let taxonomies: [String]?
        let detection: VigiaCore.Stream.Detection?
    }

    static var detectionFields: Set<String> { ["minimumCount", "minimumRatio", "quietPeriodSeconds", "ignoredLabels"] }

    struct StreamView: JSONResponse {
        let id: String
        let name: String
        let kind: String
        let taxonomies: [String]
        let detection: VigiaCore.Stream.Detection
        let createdAt: String

        init(_ stream: VigiaCore.Stream) {
            id = stream.id.rawValue
            name = stream.name
            kind = stream.kind.rawValue
            taxonomies = stream.taxonomies
            detection = stream.detection
            createdAt = stream.createdAt.rfc3339
        }
    }

    /// A stream as a caller defined it, checked: 422 for what this node cannot run.
    func checkedStream(
        id: StreamID, name: String, kind: String, taxonomies: [String]?, detection: VigiaCore.Stream.Detection,
        createdAt: Timestamp, tenant: TenantID
    ) throws -> VigiaCore.Stream {
        guard let kind = VigiaCore.Stream.Kind(rawValue: kind) else {
            throw Problem.unprocessable(
                "kind must be one of \(VigiaCore.Stream.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= limits.nameLength else {
            throw Problem.unprocessable("a stream name has 1 to \(limits.nameLength) characters")
        }
        let taxonomies = taxonomies ?? Self.defaultTaxonomies(of: kind)
        guard !taxonomies.isEmpty, Set(taxonomies).count == taxonomies.count else {
            throw Problem.unprocessable("taxonomies must name at least one taxonomy, each once")
        }
        if let unknown = taxonomies.first(where: { models.model($0, for: tenant) == nil }) {
            throw Problem.unprocessable("no model for taxonomy '\(unknown)'; train it with POST /api/v1/taxonomies")
        }
        do {
            try detection.validate()
        } catch {
            throw Problem.unprocessable(error.message)
        }
        return VigiaCore.Stream(
            id: id, name: name, kind: kind, taxonomies: taxonomies, detection: detection, createdAt: createdAt)
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
            let stream = try checkedStream(
                id: StreamID(Self.newStreamID()), name: body.name, kind: body.kind, taxonomies: body.taxonomies,
                detection: body.detection ?? .init(), createdAt: .now, tenant: caller.tenant)
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
        api.patch("streams/:id") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let current = try await stream(context, tenant: caller.tenant)
            let body = try await request.json(StreamChange.self, limit: limits.smallBody)
            let kind = body.kind ?? current.kind.rawValue
            // A new kind without taxonomies keeps the stream's taxonomies: changing the kind is not a reset.
            let changed = try checkedStream(
                id: current.id, name: body.name ?? current.name, kind: kind,
                taxonomies: body.taxonomies ?? current.taxonomies, detection: body.detection ?? current.detection,
                createdAt: current.createdAt, tenant: caller.tenant)
            guard try await store.updateStream(changed, tenant: caller.tenant) else {
                throw Problem(.notFound, code: "not_found", "no stream '\(current.id)'")
            }
            // The lane rebuilds the stream's monitors from its stored history with the new definition.
            await pipeline.forget(changed.id, tenant: caller.tenant)
            return try StreamView(changed).response()
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
