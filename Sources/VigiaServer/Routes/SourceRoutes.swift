import Hummingbird
import VigiaCore
import VigiaEngine

extension SourceDefinition: JSONBody {
    static var fields: Set<String> { ["name", "stream", "kind", "youtube", "twitch", "file", "watchdogSeconds"] }
    static var nestedFields: [String: Set<String>] {
        ["youtube": ["video", "apiKey", "accessToken"], "twitch": ["channel"], "file": ["path", "format"]]
    }
}

extension VigiaAPI {
    struct SourceView: JSONResponse {
        let definition: SourceDefinition
        let status: SourceStatus?

        func encode(to encoder: any Encoder) throws {
            try definition.redacted.encode(to: encoder)
            var container = encoder.container(keyedBy: StatusKey.self)
            try container.encodeIfPresent(status.map(StatusView.init), forKey: .status)
        }

        private enum StatusKey: String, CodingKey { case status }
    }

    struct StatusView: Encodable {
        let state: String
        let reason: String?
        let messages: Int
        let lastMessageAt: String?
        let retryAt: String?
        let quotaUsed: Int?
        let updatedAt: String

        init(_ status: SourceStatus) {
            state = status.state.rawValue
            reason = status.reason
            messages = status.messages
            lastMessageAt = status.lastMessageAt?.rfc3339
            retryAt = status.retryAt?.rfc3339
            quotaUsed = status.quotaUsed
            updatedAt = status.updatedAt.rfc3339
        }
    }

    struct SourceList: JSONResponse {
        let items: [SourceView]
    }

    /// A tenant's sources, with how each is doing (operators change them; secrets are never shown back).
    func addSourceRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.get("sources") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let definitions = try await store.settings(.source, tenant: caller.tenant).compactMap {
                try JSONText.decoded(SourceDefinition.self, from: $0.value)
            }
            return try SourceList(items: definitions.map { view($0, tenant: caller.tenant) }).response()
        }
        api.post("sources") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let definition = try await request.json(SourceDefinition.self, limit: limits.smallBody)
            let kept = try await keep(definition, replacing: false, tenant: caller.tenant)
            return try view(kept, tenant: caller.tenant).response(status: .created)
        }
        api.get("sources/:name") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let name = try context.parameters.require("name")
            guard
                let definition = try await store.setting(.source, name: name, tenant: caller.tenant).flatMap({
                    try JSONText.decoded(SourceDefinition.self, from: $0.value)
                })
            else { throw Problem(.notFound, code: "not_found", "no source '\(name)'") }
            return try view(definition, tenant: caller.tenant).response()
        }
        api.put("sources/:name") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let definition = try await request.json(SourceDefinition.self, limit: limits.smallBody)
            try Self.requireName(definition.name, in: context)
            let kept = try await keep(definition, replacing: true, tenant: caller.tenant)
            return try view(kept, tenant: caller.tenant).response()
        }
        api.delete("sources/:name") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let name = try context.parameters.require("name")
            guard try await store.deleteSetting(.source, name: name, tenant: caller.tenant) else {
                throw Problem(.notFound, code: "not_found", "no source '\(name)'")
            }
            sources?.stop(source: name, tenant: caller.tenant)
            _ = try await store.deleteSetting(.sourceCheckpoint, name: name, tenant: caller.tenant)
            return Response(status: .noContent)
        }
    }

    private func view(_ definition: SourceDefinition, tenant: TenantID) -> SourceView {
        SourceView(definition: definition, status: sources?.status(source: definition.name, tenant: tenant))
    }

    /// Checks, stores and (re)starts a source. A replaced source starts over from its checkpoint only if it still
    /// reads the same thing; otherwise its checkpoint is dropped.
    private func keep(
        _ definition: SourceDefinition, replacing: Bool, tenant: TenantID
    ) async throws -> SourceDefinition {
        try definition.validate()
        if let file = definition.file {
            guard let root = fileSourceDirectory else {
                throw Problem.unprocessable("file sources are off on this node (set sources.fileDirectory)")
            }
            guard file.path.hasPrefix("/") else { throw Problem.unprocessable("a file source's path is absolute") }
            try FileSourceFolder(root).check(file.path)
        }
        guard try await store.stream(definition.stream, tenant: tenant) != nil else {
            throw Problem.unprocessable("no stream '\(definition.stream)'")
        }
        let previous = try await store.setting(.source, name: definition.name, tenant: tenant)
            .flatMap { try JSONText.decoded(SourceDefinition.self, from: $0.value) }
        _ = try await store.putSetting(
            .source, name: definition.name, value: JSONText.encoded(definition), replacing: replacing, tenant: tenant,
            at: .now)
        if let previous, !previous.readsTheSame(as: definition) {
            _ = try await store.deleteSetting(.sourceCheckpoint, name: definition.name, tenant: tenant)
        }
        sources?.start(definition, tenant: tenant)
        return definition
    }
}
