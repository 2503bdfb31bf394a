import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigiaCore

/// A tenant's own taxonomy through the API: trained from examples by the real trainer, then run by its streams,
/// retrained with its people's labels, and invisible to other tenants.
extension ServerTests {
    /// Customer-service messages of three kinds, each with its own words.
    static let serviceExamples: [(text: String, label: String)] =
        [
            "cobraram duas vezes no cartão", "a fatura veio com valor errado", "quero estorno da cobrança",
            "boleto com juros indevidos", "me cobraram uma taxa que não conheço", "cobrança em dobro na fatura",
        ].map { ($0, "cobranca") }
        + [
            "meu pedido não chegou", "a entrega está atrasada uma semana", "o entregador não apareceu",
            "pacote extraviado na entrega", "rastreio parado faz dias", "pedido chegou no endereço errado",
        ].map { ($0, "entrega") }
        + [
            "atendimento excelente, obrigado", "adorei o produto, muito bom", "parabéns pelo serviço",
            "equipe muito atenciosa, nota dez", "gostei muito, recomendo", "serviço excelente e rápido",
        ].map { ($0, "elogio") }

    static func trainingBody(
        _ name: String, examples: [(text: String, label: String)], useLabels: Bool? = nil
    ) -> String {
        let items = examples.map { #"{"text":\#(JSONText.string($0.text)),"label":"\#($0.label)"}"# }
        let labels = useLabels.map { #","useLabels":\#($0)"# } ?? ""
        return #"{"name":"\#(name)","examples":[\#(items.joined(separator: ","))]\#(labels)}"#
    }

    @Test func aTenantTrainsItsOwnTaxonomyAndItsStreamsRunIt() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let (other, _) = try await Self.register(client, email: "bob@globex.com", tenant: "globex")
            // No stream runs a taxonomy with no model.
            let early = try await Self.call(
                client, .post, "/api/v1/streams", token: admin,
                body: #"{"name":"SAC","kind":"feedback","taxonomies":["atendimento"]}"#)
            #expect(early.status == .unprocessableContent)

            let accepted = try await Self.call(
                client, .post, "/api/v1/taxonomies", token: admin,
                body: Self.trainingBody("atendimento", examples: Self.serviceExamples))
            #expect(accepted.status == .accepted, "\(String(buffer: accepted.body))")
            let id = try Self.json(accepted)["id"] as? Int ?? 0
            #expect(accepted.headers[.location] == "/api/v1/jobs/\(id)")
            let job = try await Self.finishedJob(client, id, token: admin)
            #expect(job["kind"] as? String == "train" && job["status"] as? String == "CONCLUIDO", "\(job)")
            let outcome = job["result"] as? [String: Any]
            #expect(outcome?["taxonomy"] as? String == "atendimento" && outcome?["version"] as? Int == 1)
            #expect(outcome?["labels"] as? [String] == ["cobranca", "elogio", "entrega"])

            let list = try Self.json(try await Self.call(client, .get, "/api/v1/taxonomies", token: admin))
            let own = (list["items"] as? [[String: Any]])?.first { $0["name"] as? String == "atendimento" }
            #expect(own?["builtIn"] as? Bool == false && own?["versions"] as? Int == 1)
            #expect((own?["running"] as? [String: Any])?["version"] as? Int == 1)
            let models = try Self.json(
                try await Self.call(client, .get, "/api/v1/taxonomies/atendimento/models", token: admin))
            let version = (models["items"] as? [[String: Any]])?.first
            #expect(version?["aliases"] as? [String] == ["production"])
            #expect((version?["metrics"] as? [String: Double])?["trainingExamples"] != nil)

            // The tenant's stream runs it beside the built-in taxonomy.
            let stream = try await Self.createStream(
                client, token: admin, #"{"name":"SAC","kind":"feedback","taxonomies":["tech-issues","atendimento"]}"#)
            _ = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: admin,
                body: #"[{"text":"cobraram duas vezes a fatura"},{"text":"o pedido não chegou ainda"}]"#)
            let messages = try Self.json(
                try await Self.call(client, .get, "/api/v1/streams/\(stream)/messages", token: admin))
            let predicted = (messages["items"] as? [[String: Any]] ?? []).map { item in
                (item["predictions"] as? [[String: Any]] ?? []).map { "\($0["taxonomy"] ?? "")=\($0["label"] ?? "")" }
            }
            #expect(
                Set(predicted) == [
                    ["tech-issues=nenhum", "atendimento=cobranca"], ["tech-issues=nenhum", "atendimento=entrega"],
                ], "\(predicted)")

            // Another tenant has no such taxonomy.
            let theirs = try await Self.call(
                client, .post, "/api/v1/streams", token: other,
                body: #"{"name":"SAC","kind":"feedback","taxonomies":["atendimento"]}"#)
            #expect(theirs.status == .unprocessableContent)
            #expect(
                try await Self.call(client, .get, "/api/v1/taxonomies/atendimento/models", token: other).status
                    == .notFound)
            let theirList = try Self.json(try await Self.call(client, .get, "/api/v1/taxonomies", token: other))
            #expect((theirList["items"] as? [[String: Any]])?.map { $0["name"] as? String } == ["tech-issues"])
            let analysis = try await Self.call(
                client, .post, "/api/v1/analyze?taxonomy=atendimento", token: other, body: "x",
                contentType: "text/plain")
            #expect(analysis.status == .unprocessableContent)
        }
    }

    @Test func retrainingAddsTheTenantsLabelsAsTheNextVersionAndTheStreamUsesIt() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            // People label messages of a taxonomy that has no model yet: a new label, "cancelamento", among them.
            let stream = try await Self.createStream(client, token: admin, #"{"name":"SAC","kind":"chat"}"#)
            let texts = [
                "quero cancelar minha assinatura", "cancelem meu plano hoje", "como faço para cancelar a conta",
                "desejo o cancelamento do contrato",
            ]
            let sent = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: admin,
                body: "[" + texts.map { #"{"text":"\#($0)"}"# }.joined(separator: ",") + "]")
            for id in try Self.json(sent)["ids"] as? [String] ?? [] {
                let labelled = try await Self.call(
                    client, .post, "/api/v1/messages/\(id)/labels", token: admin,
                    body: #"{"taxonomy":"atendimento","label":"cancelamento"}"#)
                #expect(labelled.status == .created, "\(String(buffer: labelled.body))")
            }
            let first = try await Self.call(
                client, .post, "/api/v1/taxonomies", token: admin,
                body: Self.trainingBody("atendimento", examples: Self.serviceExamples, useLabels: false))
            let v1 = try await Self.finishedJob(client, try Self.json(first)["id"] as? Int ?? 0, token: admin)
            #expect((v1["result"] as? [String: Any])?["labels"] as? [String] == ["cobranca", "elogio", "entrega"])
            let patched = try await Self.call(
                client, .patch, "/api/v1/streams/\(stream)", token: admin,
                body: #"{"taxonomies":["tech-issues","atendimento"]}"#)
            #expect(patched.status == .ok)

            // The labels join the examples by default: the next version knows the new label, and the stream uses it.
            let second = try await Self.call(
                client, .post, "/api/v1/taxonomies", token: admin,
                body: Self.trainingBody("atendimento", examples: Self.serviceExamples))
            let v2 = try await Self.finishedJob(client, try Self.json(second)["id"] as? Int ?? 0, token: admin)
            let outcome = v2["result"] as? [String: Any]
            #expect(outcome?["version"] as? Int == 2 && outcome?["parent"] as? Int == 1, "\(v2)")
            #expect(outcome?["labels"] as? [String] == ["cancelamento", "cobranca", "elogio", "entrega"])
            let models = try Self.json(
                try await Self.call(client, .get, "/api/v1/taxonomies/atendimento/models", token: admin))
            #expect(
                (models["items"] as? [[String: Any]])?.map { $0["aliases"] as? [String] } == [["production"], []])
            _ = try await Self.call(
                client, .post, "/api/v1/streams/\(stream)/messages", token: admin,
                body: #"[{"text":"quero cancelar o plano","id":"depois"}]"#)
            let found = try Self.json(
                try await Self.call(client, .get, "/api/v1/streams/\(stream)/messages?q=plano", token: admin))
            let latest = (found["items"] as? [[String: Any]])?.first { $0["clientId"] as? String == "depois" }
            let own = (latest?["predictions"] as? [[String: Any]])?.first { $0["taxonomy"] as? String == "atendimento" }
            #expect(own?["label"] as? String == "cancelamento", "\(String(describing: latest))")
        }
    }

    @Test func aTrainingThatCannotBeDoneIsRefusedAtOnceAndStoresNothing() async throws {
        try await withApp { client, store in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let invited = try Self.json(
                try await Self.call(
                    client, .post, "/api/v1/invitations", token: admin,
                    body: #"{"email":"vi@acme.com","role":"viewer"}"#))
            let joined = try await Self.call(
                client, .post, "/auth/register",
                body:
                    #"{"email":"vi@acme.com","password":"segredo123","tenant":"acme","invitation":"\#(invited["token"] as? String ?? "")"}"#
            )
            let viewer = try Self.json(joined)["token"] as? String ?? ""
            let oneLabel = Self.serviceExamples.filter { $0.label == "elogio" }
            let scarce = Self.serviceExamples.filter { $0.label != "entrega" } + [("pedido atrasado", "entrega")]
            for (body, status) in [
                (
                    Self.trainingBody("tech-issues", examples: Self.serviceExamples),
                    HTTPResponse.Status.unprocessableContent
                ),
                (Self.trainingBody("Atendimento", examples: Self.serviceExamples), .unprocessableContent),
                (Self.trainingBody("atendimento", examples: oneLabel), .unprocessableContent),
                (Self.trainingBody("atendimento", examples: scarce), .unprocessableContent),
                (
                    Self.trainingBody("atendimento", examples: [("x", "Elogio")] + Self.serviceExamples),
                    .unprocessableContent
                ),
                (Self.trainingBody("atendimento", examples: []), .unprocessableContent),
                (#"{"name":"atendimento","examples":[{"text":"x","labl":"y"}]}"#, .unprocessableContent),
                (#"{"name":"atendimento","exemplos":[]}"#, .unprocessableContent),
                ("{", .badRequest),
            ] {
                let refused = try await Self.call(client, .post, "/api/v1/taxonomies", token: admin, body: body)
                #expect(refused.status == status, "\(body.prefix(60)): \(String(buffer: refused.body))")
            }
            let denied = try await Self.call(
                client, .post, "/api/v1/taxonomies", token: viewer,
                body: Self.trainingBody("atendimento", examples: Self.serviceExamples))
            #expect(denied.status == .forbidden)
            #expect(await store.modelVersions(taxonomy: "atendimento", tenant: TenantID("acme")).isEmpty)
            #expect(await store.unfinishedJobs().isEmpty)
        }
    }
}
