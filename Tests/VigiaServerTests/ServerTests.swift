import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HummingbirdWSTesting
import HummingbirdWebSocket
import Logging
import NIOCore
import Synchronization
import Testing
import VigiaCore
import VigiaEngine
import VigiaTesting

@testable import VigiaServer

/// The API through the real application (router, middleware, pipeline), on an in-memory store, with a classifier
/// that labels "sem som" complaints: what is under test is the HTTP contract.
@Suite struct ServerTests {
    static let secret = String(repeating: "k", count: 40)

    /// A scripted built-in `tech-issues` model: "sem som" is a complaint, anything else is not.
    static var models: ModelCatalog {
        ModelCatalog(builtIn: [
            .init(taxonomy: "tech-issues", labels: Taxonomy.techIssues.labels) {
                { LabelScore(label: $0.contains("sem som") ? "audio.sem_som" : "nenhum", confidence: 0.9) }
            }
        ])
    }

    func withApp(
        _ setup: TestingSetup = .router, limits: APILimits = .init(), liveMessagesPerSecond: Int = 0,
        receiverAddresses: OutboundAddressPolicy = .publicOnly, clock: ManualClock? = nil,
        fileSourceDirectory: String? = nil,
        _ test: @escaping @Sendable (any TestClientProtocol, InMemoryStore) async throws -> Void
    ) async throws {
        let store = InMemoryStore()
        let hub = EventHub()
        var configuration = PipelineConfiguration()
        configuration.reportsSeconds = true
        configuration.liveMessagesPerSecond = liveMessagesPerSecond
        let pipeline = Pipeline(
            store: store, models: Self.models, configuration: configuration, onEvents: { hub.publish($0, $1) })
        let api = VigiaAPI(
            store: store, pipeline: pipeline, hub: hub, tokens: await TokenIssuer(secret: Self.secret), limits: limits,
            alerting: AlertSettings(store: store, addresses: receiverAddresses),
            fileSourceDirectory: fileSourceDirectory, monotonicNow: { clock?.now ?? .now })
        let app = buildApplication(api: api, host: "127.0.0.1", port: 0, logger: Logger(label: "test"))
        try await app.test(setup) { client in try await test(client, store) }
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    @discardableResult
    static func call(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String? = nil,
        body: String? = nil, contentType: String = "application/json"
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: contentType]
        if let token { headers[.authorization] = "Bearer " + token }
        return try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    /// Registers a new tenant's admin; returns the access and refresh tokens.
    static func register(
        _ client: any TestClientProtocol, email: String, tenant: String
    ) async throws -> (token: String, refresh: String) {
        let response = try await call(
            client, .post, "/auth/register",
            body: #"{"email":"\#(email)","password":"segredo123","tenant":"\#(tenant)"}"#)
        #expect(response.status == .created, "\(String(buffer: response.body))")
        let body = try json(response)
        return (body["token"] as? String ?? "", body["refreshToken"] as? String ?? "")
    }

    /// Creates a stream (`body` is its JSON definition) and returns its id.
    static func createStream(
        _ client: any TestClientProtocol, token: String, _ body: String = #"{"name":"Final","kind":"chat"}"#
    ) async throws -> String {
        let created = try await call(client, .post, "/api/v1/streams", token: token, body: body)
        #expect(created.status == .created, "\(String(buffer: created.body))")
        return try json(created)["id"] as? String ?? ""
    }

    /// Job `id` once it is finished (or as it is after half a minute).
    static func finishedJob(_ client: any TestClientProtocol, _ id: Int, token: String) async throws -> [String: Any] {
        var job: [String: Any] = [:]
        for _ in 0..<3_000 {
            job = try json(try await call(client, .get, "/api/v1/jobs/\(id)", token: token))
            if !["PENDENTE", "PROCESSANDO"].contains(job["status"] as? String) { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        return job
    }

    @Test func registerLoginRefreshAndTheFirstUserIsAdmin() async throws {
        try await withApp { client, _ in
            let (token, refresh) = try await Self.register(client, email: "Ana@Acme.com", tenant: "acme")
            #expect(!token.isEmpty && !refresh.isEmpty)
            // The tenant exists now: joining it needs an invitation.
            let again = try await Self.call(
                client, .post, "/auth/register",
                body: #"{"email":"bia@acme.com","password":"segredo123","tenant":"acme"}"#)
            let againCode = try Self.json(again)["code"] as? String
            #expect(again.status == .forbidden && againCode == "invitation_required")

            let login = try await Self.call(
                client, .post, "/auth/login", body: #"{"email":"ana@acme.com","password":"segredo123"}"#)
            #expect(login.status == .ok)
            #expect((try Self.json(login)["expiresIn"] as? Int) == 900)
            let wrong = try await Self.call(
                client, .post, "/auth/login", body: #"{"email":"ana@acme.com","password":"errada123"}"#)
            #expect(wrong.status == .unauthorized && wrong.headers[.contentType] == "application/problem+json")
            let unknown = try await Self.call(
                client, .post, "/auth/login", body: #"{"email":"zoe@acme.com","password":"segredo123"}"#)
            #expect(unknown.status == .unauthorized)

            let refreshed = try await Self.call(
                client, .post, "/auth/refresh", body: #"{"refreshToken":"\#(refresh)"}"#)
            #expect(refreshed.status == .ok)
            // An access token is not a refresh token, and a refresh token opens nothing else.
            let misuse = try await Self.call(client, .post, "/auth/refresh", body: #"{"refreshToken":"\#(token)"}"#)
            #expect(misuse.status == .unauthorized)
            #expect(try await Self.call(client, .get, "/api/v1/streams", token: refresh).status == .unauthorized)
            #expect(try await Self.call(client, .get, "/api/v1/streams", token: token).status == .ok)
            #expect(try await Self.call(client, .get, "/api/v1/streams").status == .unauthorized)
        }
    }

    @Test func anInvitationLetsOnePersonJoinATenantWithTheRoleItNames() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let (other, _) = try await Self.register(client, email: "bob@globex.com", tenant: "globex")
            let invited = try await Self.call(
                client, .post, "/api/v1/invitations", token: admin, body: #"{"email":"Bia@Acme.com","role":"viewer"}"#)
            #expect(invited.status == .created, "\(String(buffer: invited.body))")
            let invitation = try Self.json(invited)["token"] as? String ?? ""
            #expect(try Self.json(invited)["email"] as? String == "bia@acme.com")

            func join(_ email: String, _ tenant: String, _ token: String) async throws -> TestResponse {
                try await Self.call(
                    client, .post, "/auth/register",
                    body:
                        #"{"email":"\#(email)","password":"segredo123","tenant":"\#(tenant)","invitation":"\#(token)"}"#
                )
            }
            // Not for another e-mail, not for another tenant, and an access token is not an invitation.
            for (email, tenant, token) in [
                ("eva@acme.com", "acme", invitation), ("bia@acme.com", "globex", invitation),
                ("bia@acme.com", "acme", admin), ("bia@acme.com", "acme", "x.y.z"),
            ] {
                let refused = try await join(email, tenant, token)
                let code = try Self.json(refused)["code"] as? String
                #expect(refused.status == .forbidden && code == "invalid_invitation", "\(email) \(tenant)")
            }
            let joined = try await join("bia@acme.com", "acme", invitation)
            #expect(joined.status == .created, "\(String(buffer: joined.body))")
            let user = try Self.json(joined)["user"] as? [String: Any]
            #expect(user?["role"] as? String == "viewer")
            #expect((try Self.json(joined)["tenant"] as? [String: String])?["id"] == "acme")
            // The invitation was for one person: used, it opens nothing more.
            #expect(try await join("bia@acme.com", "acme", invitation).status == .conflict)
            let bia = try Self.json(joined)["token"] as? String ?? ""
            #expect(try await Self.call(client, .get, "/api/v1/streams", token: bia).status == .ok)
            #expect(
                try await Self.call(client, .post, "/api/v1/streams", token: bia, body: #"{"name":"x","kind":"chat"}"#)
                    .status == .forbidden)
            // Only an admin invites, and into its own tenant.
            #expect(
                try await Self.call(
                    client, .post, "/api/v1/invitations", token: bia, body: #"{"email":"z@acme.com","role":"admin"}"#
                ).status == .forbidden)
            let ingest = try await Self.call(
                client, .post, "/api/v1/invitations", token: other, body: #"{"email":"z@globex.com","role":"ingest"}"#)
            #expect(ingest.status == .unprocessableContent)
        }
    }

    @Test func badInputGetsAStableProblemAndChangesNothing() async throws {
        try await withApp { client, store in
            for (body, status, code) in [
                ("{not json", HTTPResponse.Status.badRequest, "bad_request"),
                (#"{"email":"a@b.co","password":"segredo123"}"#, .unprocessableContent, "invalid_argument"),
                (
                    #"{"email":"a@b.co","password":"segredo123","tenant":"x","admin":true}"#, .unprocessableContent,
                    "invalid_argument"
                ),
                (#"{"email":"a@b.co","password":"curta","tenant":"x"}"#, .unprocessableContent, "invalid_argument"),
                (
                    #"{"email":"a@b.co","password":"segredo123","tenant":"Não Vale"}"#, .unprocessableContent,
                    "invalid_argument"
                ),
                (#"{"email":"a@b.co","password":12345678,"tenant":"x"}"#, .unprocessableContent, "invalid_argument"),
            ] {
                let response = try await Self.call(client, .post, "/auth/register", body: body)
                #expect(response.status == status, "\(body): \(String(buffer: response.body))")
                let problem = try Self.json(response)
                #expect(problem["code"] as? String == code && problem["status"] as? Int == Int(status.code))
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            #expect(await store.tenant(TenantID("x")) == nil)
            let invalidUTF8 = try await client.execute(
                uri: "/auth/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: [0x7B, 0xFF, 0xFE, 0x7D]))
            #expect(invalidUTF8.status == .badRequest)
            let tooBig = try await Self.call(
                client, .post, "/auth/login", body: String(repeating: " ", count: 70_000) + "{}")
            let tooBigCode = try Self.json(tooBig)["code"] as? String
            #expect(tooBig.status == .contentTooLarge && tooBigCode == "too_large")
            let nowhere = try await Self.call(client, .get, "/api/v1/nowhere")
            #expect(nowhere.status == .notFound && nowhere.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func streamsIngestSearchAndIncidentsThroughKeysAndRoles() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let created = try await Self.call(
                client, .post, "/api/v1/streams", token: admin, body: #"{"name":"Final","kind":"chat"}"#)
            #expect(created.status == .created)
            let stream = try Self.json(created)["id"] as? String ?? ""
            #expect((try Self.json(created)["taxonomies"] as? [String]) == ["tech-issues"])

            let key = try await Self.call(
                client, .post, "/api/v1/keys", token: admin, body: #"{"name":"bot","role":"ingest"}"#)
            #expect(key.status == .created)
            let secret = try Self.json(key)["key"] as? String ?? ""
            #expect(secret.hasPrefix("vg_"))
            let listed = try await Self.call(client, .get, "/api/v1/keys", token: admin)
            #expect(!String(buffer: listed.body).contains(secret))

            // The ingest key sends messages (idempotent on id) but reads nothing and manages nothing.
            let batch =
                #"[{"text":"sem som aqui","id":"m1","author":"zé"},{"text":"boa noite","ts":"2026-11-22T20:00:00Z"}]"#
            let sent = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: secret, body: batch)
            #expect(sent.status == .ok, "\(String(buffer: sent.body))")
            #expect((try Self.json(sent)["accepted"] as? Int) == 2)
            let used = try Self.json(try await Self.call(client, .get, "/api/v1/keys", token: admin))
            #expect(((used["items"] as? [[String: Any]])?.first?["lastUsedAt"] as? String) != nil)
            let resent = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: secret, body: batch)
            #expect((try Self.json(resent)["duplicates"] as? Int) == 1)
            let lines = "{\"text\":\"sem som de novo\"}\n{\"text\":\"oi\"}\n"
            let ndjson = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: secret, body: lines,
                contentType: "application/x-ndjson")
            #expect((try Self.json(ndjson)["accepted"] as? Int) == 2)
            #expect(
                try await Self.call(client, .get, "/api/v1/streams/\(stream)/messages", token: secret).status
                    == .forbidden)
            #expect(try await Self.call(client, .post, "/api/v1/keys", token: secret, body: "{}").status == .forbidden)
            let badBatch = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: secret, body: #"[{"ts":1}]"#)
            #expect(badBatch.status == .unprocessableContent)

            let search = try await Self.call(
                client, .get, "/api/v1/streams/\(stream)/messages?q=som&label=audio", token: admin)
            let items = try Self.json(search)["items"] as? [[String: Any]] ?? []
            #expect(items.count == 2, "\(String(buffer: search.body))")
            #expect(items.allSatisfy { ($0["text"] as? String)?.contains("sem som") == true })
            let first = items.first?["id"] as? String ?? ""
            let corrected = try await Self.call(
                client, .post, "/api/v1/messages/\(first)/labels", token: admin,
                body: #"{"taxonomy":"tech-issues","label":"audio.chiando"}"#)
            #expect(corrected.status == .created)
            let labels = try Self.json(
                try await Self.call(client, .get, "/api/v1/messages/\(first)/labels", token: admin))
            let label = (labels["items"] as? [[String: Any]])?.first
            #expect(label?["label"] as? String == "audio.chiando" && label?["author"] as? String == "ana@acme.com")
            let wrongLabel = try await Self.call(
                client, .post, "/api/v1/messages/\(first)/labels", token: admin,
                body: #"{"taxonomy":"tech-issues","label":"audio.inventado"}"#)
            #expect(wrongLabel.status == .unprocessableContent)
            let badQuery = try await Self.call(client, .get, "/api/v1/streams/\(stream)/messages?limit=0", token: admin)
            #expect(badQuery.status == .unprocessableContent)

            let keyID = try Self.json(key)["id"] as? Int ?? 0
            #expect(try await Self.call(client, .delete, "/api/v1/keys/\(keyID)", token: admin).status == .noContent)
            #expect(
                try await Self.call(client, .post, "/api/v1/streams/\(stream)/messages", token: secret, body: "[]")
                    .status == .unauthorized)
            #expect(
                try await Self.call(client, .get, "/api/v1/streams/\(stream)/incidents", token: admin).status == .ok)
        }
    }

    @Test func aStreamIsChangedFieldByFieldAndBadChangesChangeNothing() async throws {
        try await withApp { client, store in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let created = try await Self.call(
                client, .post, "/api/v1/streams", token: admin,
                body: #"{"name":"Final","kind":"chat","detection":{"minimumCount":3}}"#)
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let stream = try Self.json(created)["id"] as? String ?? ""
            #expect((try Self.json(created)["detection"] as? [String: Int]) == ["minimumCount": 3])

            let renamed = try await Self.call(
                client, .patch, "/api/v1/streams/\(stream)", token: admin,
                body: #"{"name":"Final, 2º tempo","detection":{"minimumRatio":4,"ignoredLabels":["audio"]}}"#)
            #expect(renamed.status == .ok, "\(String(buffer: renamed.body))")
            let view = try Self.json(renamed)
            #expect(view["name"] as? String == "Final, 2º tempo" && view["kind"] as? String == "chat")
            #expect((view["taxonomies"] as? [String]) == ["tech-issues"])
            #expect((view["detection"] as? [String: Any])?["minimumCount"] == nil)
            #expect((view["detection"] as? [String: Any])?["minimumRatio"] as? Int == 4)
            let stored = await store.stream(StreamID(stream), tenant: TenantID("acme"))
            #expect(
                stored?.detection == .init(minimumRatio: 4, ignoredLabels: ["audio"])
                    && stored?.name == view["name"] as? String)

            for (body, field) in [
                (#"{"detection":{"minimumRatio":0.5}}"#, "minimumRatio"),
                (#"{"detection":{"sensitivity":2}}"#, "detection.sensitivity"),
                (#"{"taxonomies":[]}"#, "taxonomies"),
                (#"{"taxonomies":["inventada"]}"#, "inventada"),
                (#"{"kind":"radio"}"#, "kind"),
                (#"{"name":"   "}"#, "name"),
                (#"{"id":"outro"}"#, "id"),
            ] {
                let refused = try await Self.call(
                    client, .patch, "/api/v1/streams/\(stream)", token: admin, body: body)
                #expect(refused.status == .unprocessableContent, "\(body)")
                #expect((try Self.json(refused)["detail"] as? String)?.contains(field) == true, "\(body)")
            }
            #expect(await store.stream(StreamID(stream), tenant: TenantID("acme")) == stored)
            let viewer = try await Self.call(
                client, .post, "/api/v1/keys", token: admin, body: #"{"name":"tv","role":"viewer"}"#)
            let viewerKey = try Self.json(viewer)["key"] as? String ?? ""
            let forbidden = try await Self.call(
                client, .patch, "/api/v1/streams/\(stream)", token: viewerKey, body: #"{"name":"x"}"#)
            #expect(forbidden.status == .forbidden)
            let missing = try await Self.call(
                client, .patch, "/api/v1/streams/st_nenhum", token: admin, body: #"{"name":"x"}"#)
            #expect(missing.status == .notFound)
        }
    }

    @Test func anExportStreamsEveryMatchingMessageOldestFirstInEachFormat() async throws {
        try await withApp(.live) { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: admin, #"{"name":"Final","kind":"chat"}"#)
            // More than one batch of the store's export, so that the body comes in several chunks.
            let lines = (0..<4_500).map { index in
                let text = index % 3 == 0 ? "sem som \(index)" : "mensagem, número \(index)"
                return #"{"text":"\#(text)","ts":\#(1_795_384_800_000 + index * 10)}"#
            }
            for batch in stride(from: 0, to: lines.count, by: 1_500) {
                let sent = try await Self.call(
                    client, .post, "/api/v1/streams/\(stream)/messages", token: admin,
                    body: lines[batch..<batch + 1_500].joined(separator: "\n"), contentType: "application/x-ndjson")
                #expect(sent.status == .ok)
            }
            let json = try await Self.call(client, .get, "/api/v1/streams/\(stream)/export?format=json", token: admin)
            #expect(json.status == .ok && json.headers[.contentType] == "application/json")
            #expect(json.headers[.contentDisposition] == "attachment; filename=\"\(stream).json\"")
            let all = try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [[String: Any]] ?? []
            #expect(all.count == 4_500)
            #expect(
                all.first?["text"] as? String == "sem som 0" && all.last?["text"] as? String == "mensagem, número 4499")
            #expect(all.first?["ts"] as? String == "2026-11-22T22:00:00.000Z")

            let audio = try await Self.call(
                client, .get, "/api/v1/streams/\(stream)/export?format=jsonl&label=audio", token: admin)
            let audioLines = String(buffer: audio.body).split(separator: "\n")
            #expect(audioLines.count == 1_500 && audio.headers[.contentType] == "application/x-ndjson")
            let csv = try await Self.call(
                client, .get, "/api/v1/streams/\(stream)/export?format=csv&to=2026-11-22T22:00:00.020Z", token: admin)
            #expect(
                String(buffer: csv.body).hasPrefix(
                    "id,stream,ts,receivedAt,clientId,author,text,language,labels,tags\n"))
            let rows = String(buffer: csv.body).split(separator: "\n")
            #expect(rows.count == 3 && rows[2].contains(",\"mensagem, número 1\","))
            // An export is a recording: what it wrote posts back as the same texts and times.
            let copy = try await Self.call(
                client, .post, "/api/v1/streams", token: admin, body: #"{"name":"Cópia","kind":"chat"}"#)
            let copyID = try Self.json(copy)["id"] as? String ?? ""
            let reposted = try await Self.call(
                client, .post, "/api/v1/streams/\(copyID)/messages", token: admin, body: String(buffer: csv.body),
                contentType: "text/csv")
            #expect((try Self.json(reposted)["accepted"] as? Int) == 2)
            let empty = try await Self.call(
                client, .get, "/api/v1/streams/\(copyID)/export?format=json&q=nada", token: admin)
            #expect(String(buffer: empty.body) == "[]\n")
            let badFormat = try await Self.call(
                client, .get, "/api/v1/streams/\(stream)/export?format=xml", token: admin)
            #expect(badFormat.status == .unprocessableContent)
        }
    }

    @Test func smallAnalysesAreAnsweredAtOnceAndLargeOnesBecomeJobsThatFinish() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let plain = try await Self.call(
                client, .post, "/api/v1/analyze", token: admin,
                body: "sem som no jogo, liga 11 98765-4321\n\n  boa noite  \nsem som de novo\n",
                contentType: "text/plain")
            #expect(plain.status == .ok, "\(String(buffer: plain.body))")
            let result = try Self.json(plain)["result"] as? [String: Any]
            #expect(result?["count"] as? Int == 3)
            #expect(
                (result?["labels"] as? [String: [String: Int]])?["tech-issues"] == ["audio.sem_som": 2, "nenhum": 1])
            let first = (result?["items"] as? [[String: Any]])?.first
            #expect((first?["text"] as? String)?.contains("98765") == false, "redacted like the pipeline")

            let csv = try await Self.call(
                client, .post, "/api/v1/analyze", token: admin,
                body: "nota,comentario\n3,\"sem som, de novo\"\n5,ótimo\n", contentType: "text/csv")
            #expect((try Self.json(csv)["result"] as? [String: Any])?["count"] as? Int == 2)

            let boundary = "vigia-test-boundary"
            let form =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"comentarios.json\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n[\"sem som\",{\"text\":\"tudo certo\"}]\r\n--\(boundary)--\r\n"
            let upload = try await Self.call(
                client, .post, "/api/v1/analyze", token: admin, body: form,
                contentType: "multipart/form-data; boundary=\(boundary)")
            #expect(upload.status == .ok, "\(String(buffer: upload.body))")
            let uploaded = try Self.json(upload)["result"] as? [String: Any]
            #expect(
                (uploaded?["items"] as? [[String: Any]])?.map { $0["text"] as? String } == ["sem som", "tudo certo"])

            // Above a thousand texts: a job, followed until it is done.
            let lines = (0..<2_500).map { $0 % 5 == 0 ? "sem som \($0)" : "mensagem \($0)" }
            let accepted = try await Self.call(
                client, .post, "/api/v1/analyze", token: admin, body: lines.joined(separator: "\n"),
                contentType: "text/plain")
            #expect(accepted.status == .accepted)
            let id = try Self.json(accepted)["id"] as? Int ?? 0
            #expect(accepted.headers[.location] == "/api/v1/jobs/\(id)")
            #expect(["PENDENTE", "PROCESSANDO", "CONCLUIDO"].contains(try Self.json(accepted)["status"] as? String))
            let job = try await Self.finishedJob(client, id, token: admin)
            #expect(job["status"] as? String == "CONCLUIDO" && job["progress"] as? Double == 1)
            let labels = (job["result"] as? [String: Any])?["labels"] as? [String: [String: Int]]
            #expect(labels?["tech-issues"] == ["audio.sem_som": 500, "nenhum": 2_000])

            for (body, type, status) in [
                ("\n \n", "text/plain", HTTPResponse.Status.unprocessableContent),
                ("nota,idade\n1,2\n", "text/csv", .unprocessableContent),
                ("{\"text\":\"x\"}", "application/json", .unprocessableContent),
                ("<xml/>", "application/xml", .unsupportedMediaType),
                ("--x\r\nsem fim", "multipart/form-data; boundary=x", .badRequest),
            ] {
                let refused = try await Self.call(
                    client, .post, "/api/v1/analyze", token: admin, body: body, contentType: type)
                #expect(refused.status == status, "\(type): \(String(buffer: refused.body))")
            }
            let unknown = try await Self.call(
                client, .post, "/api/v1/analyze?taxonomy=inventada", token: admin, body: "x", contentType: "text/plain")
            #expect(unknown.status == .unprocessableContent)
            #expect(try await Self.call(client, .get, "/api/v1/jobs/999", token: admin).status == .notFound)
        }
    }

    @Test func anAnalysisANodeDidNotFinishIsDoneWhenItStartsAgain() async throws {
        let store = InMemoryStore()
        let tenant = TenantID("acme")
        let input = #"{"taxonomies":["tech-issues"],"texts":["sem som","oi"]}"#
        let left = await store.createJob(kind: "analyze", input: input, tenant: tenant, at: .now)
        let jobs = BackgroundJobs(store: store, pipeline: Pipeline(store: store, models: Self.models))
        let running = Task { try await jobs.run() }
        defer { running.cancel() }
        var job = left
        while job.status.isUnfinished {
            await Task.yield()
            job = try #require(await store.job(left.id, tenant: tenant))
        }
        #expect(job.status == .done)
        #expect(job.result?.contains(#""labels":{"tech-issues":{"audio.sem_som":1,"nenhum":1}}"#) == true)
    }

    @Test func aStreamsSummaryIsWrittenOnDemandAndWeeklyOnesAreListed() async throws {
        try await withApp { client, store in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: admin, #"{"name":"Final","kind":"chat"}"#)
            let batch = #"[{"text":"sem som","ts":"2026-11-17T23:00:00Z"},{"text":"oi","ts":"2026-11-17T23:00:01Z"}]"#
            #expect(
                try await Self.call(client, .post, "/api/v1/streams/\(stream)/messages", token: admin, body: batch)
                    .status == .ok)
            let summary = try await Self.call(
                client, .get, "/api/v1/streams/\(stream)/summary?from=2026-11-16T03:00:00Z&to=2026-11-23T03:00:00Z",
                token: admin)
            #expect(summary.status == .ok, "\(String(buffer: summary.body))")
            let body = try Self.json(summary)
            #expect(body["messageCount"] as? Int == 2 && body["from"] as? String == "2026-11-16T03:00:00.000Z")
            #expect(
                (body["text"] as? String)?.hasPrefix(
                    "De 16/11 a 22/11: 2 mensagens. Mais frequentes: áudio (sem som) 1 (50%).") == true)
            #expect((body["examples"] as? [[String: Any]])?.first?["text"] as? String == "sem som")

            let none = try Self.json(
                try await Self.call(client, .get, "/api/v1/streams/\(stream)/summaries", token: admin))
            #expect((none["items"] as? [Any])?.isEmpty == true)
            // A weekly summary covers a week the stream existed in: one after today's, whatever day this runs.
            let later = Timestamp(milliseconds: Timestamp.now.milliseconds + 14 * 86_400_000)
            let week = WeeklySummaries<InMemoryStore>.lastCompleteWeek(before: later, utcOffsetMinutes: -180)
            let inWeek = (1...2).map { Timestamp(milliseconds: week.from.milliseconds + Int64($0) * 3_600_000).rfc3339 }
            let weekBatch = #"[{"text":"sem som","ts":"\#(inWeek[0])"},{"text":"oi","ts":"\#(inWeek[1])"}]"#
            #expect(
                try await Self.call(client, .post, "/api/v1/streams/\(stream)/messages", token: admin, body: weekBatch)
                    .status == .ok)
            try await WeeklySummaries(store: store).catchUp(now: later)
            let weekly = try Self.json(
                try await Self.call(client, .get, "/api/v1/streams/\(stream)/summaries", token: admin))
            let items = weekly["items"] as? [[String: Any]] ?? []
            #expect(items.count == 1 && items.first?["messageCount"] as? Int == 2)

            let inverted = try await Self.call(
                client, .get, "/api/v1/streams/\(stream)/summary?from=2026-11-20T00:00:00Z&to=2026-11-19T00:00:00Z",
                token: admin)
            #expect(inverted.status == .unprocessableContent)
            let tooLong = try await Self.call(
                client, .get, "/api/v1/streams/\(stream)/summary?from=2025-01-01T00:00:00Z", token: admin)
            #expect(tooLong.status == .unprocessableContent)
        }
    }

    @Test func metricsShowRequestsPipelineLatenciesAndConnectedSockets() async throws {
        try await withApp(.live) { client, _ in
            let (token, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: token, #"{"name":"Final","kind":"chat"}"#)
            for _ in 0..<3 {
                _ = try await Self.call(
                    client, .post, "/api/v1/streams/\(stream)/messages", token: token, body: #"[{"text":"oi"}]"#)
            }
            @Sendable func metric(_ name: String) async throws -> String? {
                let text = String(buffer: try await Self.call(client, .get, "/metrics").body)
                return text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.map {
                    String($0.dropFirst(name.count + 1))
                }
            }
            #expect(try await metric("vigia_pipeline_classify_duration_seconds_count") == "3")
            #expect(try await metric("vigia_pipeline_commit_duration_seconds_count") == "3")
            #expect(try await metric("vigia_ingest_messages_accepted_total") == "3")
            #expect(try await metric("vigia_incidents_open") == "0.0")
            let whileConnected = Mutex<String?>(nil)
            try await client.ws("/api/v1/streams/\(stream)/events?token=\(token)") { _, _, _ in
                let value = try await metric(#"vigia_websocket_clients{route="events"}"#)
                whileConnected.withLock { $0 = value }
            }
            #expect(whileConnected.withLock { $0 } == "1.0")
            #expect(try await metric(#"vigia_websocket_clients{route="ingest"}"#) == "0.0")
        }
    }

    @Test func taxonomiesShowTheRunningModelAndTheTenantsRegistryVersions() async throws {
        try await withApp { client, store in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let (other, _) = try await Self.register(client, email: "bob@globex.com", tenant: "globex")
            _ = try await store.addModelVersion(
                NewModelVersion(
                    taxonomy: "tech-issues", metrics: #"{"accuracy":0.91,"macroF1":0.88,"note":"x"}"#,
                    trainingFingerprint: "f1", parameters: "{}", parent: nil, createdAt: .now),
                file: [1, 2, 3], tenant: TenantID("acme"))
            let list = try Self.json(try await Self.call(client, .get, "/api/v1/taxonomies", token: admin))
            let taxonomy = (list["items"] as? [[String: Any]])?.first
            #expect(taxonomy?["name"] as? String == "tech-issues" && taxonomy?["versions"] as? Int == 1)
            #expect((taxonomy?["labels"] as? [String])?.contains("audio.sem_som") == true)
            let models = try Self.json(
                try await Self.call(client, .get, "/api/v1/taxonomies/tech-issues/models", token: admin))
            let version = (models["items"] as? [[String: Any]])?.first
            #expect(version?["version"] as? Int == 1 && (version?["metrics"] as? [String: Double])?["macroF1"] == 0.88)
            // Another tenant sees the node's taxonomy, not this tenant's versions.
            let theirs = try Self.json(
                try await Self.call(client, .get, "/api/v1/taxonomies/tech-issues/models", token: other))
            #expect((theirs["items"] as? [Any])?.isEmpty == true)
            #expect(
                try await Self.call(client, .get, "/api/v1/taxonomies/inventada/models", token: admin).status
                    == .notFound)
        }
    }

    @Test func eachCallerHasItsOwnRateLimit() async throws {
        var limits = APILimits()
        // So slow to refill that however slow the machine, nothing comes back during the test.
        limits.requestsPerSecond = 0.01
        limits.burst = 3
        try await withApp(limits: limits) { client, _ in
            let (ana, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let (bob, _) = try await Self.register(client, email: "bob@globex.com", tenant: "globex")
            for _ in 0..<3 { #expect(try await Self.call(client, .get, "/api/v1/streams", token: ana).status == .ok) }
            let limited = try await Self.call(client, .get, "/api/v1/streams", token: ana)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "100")
            #expect(try Self.json(limited)["code"] as? String == "rate_limited")
            // Another caller is not slowed down by the first.
            #expect(try await Self.call(client, .get, "/api/v1/streams", token: bob).status == .ok)
        }
    }

    @Test func anotherTenantSeesNoneOfItAndGets404() async throws {
        try await withApp { client, _ in
            let (acme, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let (globex, _) = try await Self.register(client, email: "bob@globex.com", tenant: "globex")
            let stream = try await Self.createStream(client, token: acme, #"{"name":"Final","kind":"chat"}"#)
            let key = try await Self.call(
                client, .post, "/api/v1/keys", token: acme, body: #"{"name":"b","role":"ingest"}"#)
            let keyID = try Self.json(key)["id"] as? Int ?? 0
            let sent = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: acme, body: #"[{"text":"oi"}]"#)
            let message = (try Self.json(sent)["ids"] as? [String])?.first ?? ""
            let analysis = try await Self.call(
                client, .post, "/api/v1/analyze", token: acme,
                body: (0..<1_001).map { "texto \($0)" }.joined(separator: "\n"), contentType: "text/plain")
            let job = try Self.json(analysis)["id"] as? Int ?? 0
            for (method, uri, body) in [
                (HTTPRequest.Method.get, "/api/v1/streams/\(stream)", nil as String?),
                (.delete, "/api/v1/streams/\(stream)", nil),
                (.patch, "/api/v1/streams/\(stream)", #"{"name":"x"}"#),
                (.get, "/api/v1/streams/\(stream)/messages", nil),
                (.get, "/api/v1/streams/\(stream)/export?format=csv", nil),
                (.post, "/api/v1/streams/\(stream)/messages", #"[{"text":"x"}]"#),
                (.get, "/api/v1/streams/\(stream)/incidents", nil),
                (.get, "/api/v1/streams/\(stream)/insights", nil),
                (.get, "/api/v1/streams/\(stream)/summary", nil),
                (.get, "/api/v1/streams/\(stream)/summaries", nil),
                (.get, "/api/v1/incidents/1", nil),
                (.get, "/api/v1/jobs/\(job)", nil),
                (.post, "/api/v1/incidents/1/ack", nil),
                (.post, "/api/v1/incidents/1/resolve", nil),
                (.delete, "/api/v1/keys/\(keyID)", nil),
                (.post, "/api/v1/messages/\(message)/labels", #"{"taxonomy":"tech-issues","label":"nenhum"}"#),
                (.get, "/api/v1/messages/\(message)/labels", nil),
            ] {
                let response = try await Self.call(client, method, uri, token: globex, body: body)
                #expect(response.status == .notFound, "\(method) \(uri): \(response.status)")
            }
            let list = try await Self.call(client, .get, "/api/v1/streams", token: globex)
            #expect((try Self.json(list)["items"] as? [Any])?.isEmpty == true)
            #expect(try await Self.call(client, .get, "/api/v1/streams/\(stream)", token: acme).status == .ok)
        }
    }

    @Test func theEventsWebSocketSendsSecondsLiveAndResumesAfterTheLastEventSeen() async throws {
        try await withApp(.live) { client, _ in
            let (token, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: token, #"{"name":"Final","kind":"chat"}"#)
            @Sendable func send(_ seconds: [Int]) async throws {
                let batch = seconds.map { #"{"text":"sem som","ts":"2026-11-22T20:00:0\#($0)Z"}"# }
                let sent = try await Self.call(
                    client, .post, "/api/v1/streams/\(stream)/messages", token: token,
                    body: "[" + batch.joined(separator: ",") + "]")
                #expect(sent.status == .ok)
            }
            /// The next frame, decoded.
            @Sendable func next(
                _ frames: inout WebSocketInboundMessageStream.AsyncIterator
            ) async throws -> [String: Any] {
                guard case .text(let text) = try await frames.next() else { return [:] }
                return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
            }
            try await send([0, 2])
            let lastSeen = Mutex(0)
            try await client.ws("/api/v1/streams/\(stream)/events?token=\(token)") { inbound, _, _ in
                var frames = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                // What happened before the client came: second 20:00:00 closed with one message.
                let kept = try await next(&frames)
                #expect(kept["event"] as? String == "second" && kept["at"] as? String == "2026-11-22T20:00:00.000Z")
                #expect((kept["labels"] as? [String: Int])?["audio.sem_som"] == 1)
                lastSeen.withLock { $0 = kept["id"] as? Int ?? 0 }
                try await send([5])
                let live = try await next(&frames)
                #expect(
                    live["at"] as? String == "2026-11-22T20:00:02.000Z"
                        && (live["id"] as? Int ?? 0) > lastSeen.withLock { $0 })
            }
            try await send([7])
            // Back after a break, with the last number it saw: what it missed, in order, and nothing twice.
            try await client.ws("/api/v1/streams/\(stream)/events?token=\(token)&after=\(lastSeen.withLock { $0 })") {
                inbound, _, _ in
                var frames = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                let missed = [try await next(&frames), try await next(&frames)]
                #expect(missed.map { $0["at"] as? String } == ["2026-11-22T20:00:02.000Z", "2026-11-22T20:00:05.000Z"])
            }
            // No token, no events: the upgrade is refused.
            let refused = try await Self.call(client, .get, "/api/v1/streams/\(stream)/events")
            #expect(refused.status == .unauthorized)
        }
    }

    @Test func theEventsSocketShowsAFewClassifiedMessagesOfEachTenthOfASecondComplaintsFirst() async throws {
        try await withApp(.live, liveMessagesPerSecond: 20) { client, _ in
            let (token, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: token, #"{"name":"Final","kind":"chat"}"#)
            let received = Mutex("")
            try await client.ws("/api/v1/streams/\(stream)/events?token=\(token)") { inbound, _, _ in
                let texts = ["oi", "boa", "sem som", "gol", "sem som 2", "oi de novo"]
                let batch = texts.enumerated().map { index, text in
                    #"{"text":"\#(text)","ts":"2026-11-22T20:00:0\#(index < 4 ? 0 : 1)Z"}"#
                }
                let sent = try await Self.call(
                    client, .post, "/api/v1/streams/\(stream)/messages", token: token,
                    body: "[" + batch.joined(separator: ",") + "]")
                #expect(sent.status == .ok)
                for try await frame in inbound.messages(maxSize: 1 << 20) {
                    guard case .text(let text) = frame,
                        let event = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                        event["event"] as? String == "messages"
                    else { continue }
                    received.withLock { $0 = text }
                    break
                }
            }
            // Two of each tenth of a second, the complaint first chosen, shown in the order they came.
            let event = try JSONSerialization.jsonObject(with: Data(received.withLock { $0 }.utf8)) as? [String: Any]
            let shown = event?["items"] as? [[String: Any]] ?? []
            #expect(shown.map { $0["text"] as? String } == ["oi", "sem som", "sem som 2", "oi de novo"])
            let first = (shown.first?["predictions"] as? [[String: Any]])?.first
            #expect(first?["label"] as? String == "nenhum" && first?["confidence"] as? Double == 0.9)
            #expect(shown.allSatisfy { ($0["id"] as? String)?.isEmpty == false })
        }
    }

    @Test(arguments: [false, true])
    func loadgenDrivesTheIngestAtItsRateAndSeesItsMessagesLive(websocket: Bool) async throws {
        try await withApp(.live, liveMessagesPerSecond: 20) { client, store in
            let (token, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let port = try #require(client.port)
            let outcome = try await VigiaProcess.running(
                [
                    "loadgen", "--url", "http://127.0.0.1:\(port)", "--token", token, "--rate", "400", "--batch", "20",
                    "--duration", "2", "--streams", "2", "--json",
                ] + (websocket ? ["--websocket"] : []))
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let figures = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any] ?? [:]
            #expect(
                figures["committed"] as? Int == 800
                    && figures["transport"] as? String == (websocket ? "websocket" : "http"))
            #expect((figures["event_samples"] as? Int ?? 0) > 0, "\(outcome.stdout)")
            #expect(await store.countMessages(tenant: TenantID("acme"), stream: nil) == 800)
        }
    }

    @Test func theIngestWebSocketAnswersEveryFrameAfterCommitAndSurvivesABadOne() async throws {
        try await withApp(.live) { client, store in
            let (token, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: token, #"{"name":"Final","kind":"chat"}"#)
            try await client.ws("/api/v1/streams/\(stream)/ingest?token=\(token)") { inbound, outbound, _ in
                var frames = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                try await outbound.write(.text("{\"text\":\"sem som\",\"id\":\"a\"}\n{\"text\":\"oi\"}"))
                guard case .text(let first) = try await frames.next() else { return }
                let ack = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any] ?? [:]
                #expect(ack["accepted"] as? Int == 2 && (ack["ids"] as? [String])?.count == 2)
                try await outbound.write(.text("{\"ts\":\"ontem\",\"text\":\"x\"}"))
                guard case .text(let refused) = try await frames.next() else { return }
                #expect(refused.contains("\"error\"") && refused.contains("ontem"))
                try await outbound.write(.text("{\"text\":\"de novo\",\"id\":\"a\"}"))
                guard case .text(let again) = try await frames.next() else { return }
                #expect(again.hasPrefix("{\"accepted\":0,\"duplicates\":1"))
                // A whole batch in one frame, far above WebSocket's usual 16 kB.
                let batch = (0..<600).map { "{\"text\":\"mensagem numero \($0) da carga\"}" }.joined(separator: "\n")
                try await outbound.write(.text(batch))
                guard case .text(let big) = try await frames.next() else { return }
                #expect(big.hasPrefix("{\"accepted\":600,"))
            }
            #expect(await store.countMessages(tenant: TenantID("acme"), stream: StreamID(stream)) == 602)
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryRouteAndNothingElse() async throws {
        let store = InMemoryStore()
        let pipeline = Pipeline(store: store, models: ModelCatalog(builtIn: []))
        let api = VigiaAPI(
            store: store, pipeline: pipeline, hub: EventHub(), tokens: await TokenIssuer(secret: Self.secret))
        let served = Set(api.router().routes.map { "\($0.method.rawValue) \($0.path)" })
        let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
        #expect(document?["openapi"] as? String == "3.1.0")
        let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
        let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        #expect(served.subtracting(described).isEmpty, "not described: \(served.subtracting(described).sorted())")
        #expect(described.subtracting(served).isEmpty, "not served: \(described.subtracting(served).sorted())")
        try await withApp { client, _ in
            let served = try await Self.call(client, .get, "/openapi.json")
            #expect(served.status == .ok && String(buffer: served.body) == OpenAPIDocument.json)
            let page = try await Self.call(client, .get, "/docs")
            #expect(page.status == .ok && String(buffer: page.body).contains("/openapi.json"))
        }
    }

    @Test func aKeysUseIsWrittenAtMostOnceAMinute() {
        let uses = KeyUses()
        #expect(uses.isDue(7, at: Timestamp(milliseconds: 1_000_000)))
        #expect(!uses.isDue(7, at: Timestamp(milliseconds: 1_059_999)))
        #expect(uses.isDue(8, at: Timestamp(milliseconds: 1_059_999)))
        #expect(uses.isDue(7, at: Timestamp(milliseconds: 1_060_000)))
    }
}
