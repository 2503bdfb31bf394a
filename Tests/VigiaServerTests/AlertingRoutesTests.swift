import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigiaCore
import VigiaEngine
import VigiaTesting

/// Receivers, routes, silences and sources through the API: secrets never come back, what names what must exist,
/// bad input changes nothing, and each tenant sees only its own.
extension ServerTests {
    @Test func receiversAndRoutesKeepTheirSecretsAndRefuseWhatCannotWork() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let (other, _) = try await Self.register(client, email: "bob@globex.com", tenant: "globex")
            let hook =
                #"{"name":"plantao","kind":"webhook","url":"https://ops.example.com/hook/abc?t=1","secret":"0123456789abcdef"}"#
            let created = try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: hook)
            #expect(created.status == .created)
            let shown = String(buffer: created.body)
            #expect(!shown.contains("0123456789abcdef") && !shown.contains("/hook/abc"), "\(shown)")
            #expect(try Self.json(created)["url"] as? String == "https://ops.example.com/…")
            let slack = #"{"name":"slack","kind":"slack","url":"https://hooks.slack.com/services/T0/B0/XYZ"}"#
            #expect(
                try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: slack).status == .created)
            let telegram = #"{"name":"tg","kind":"telegram","botToken":"123:ABC","chatID":"-100"}"#
            let bot = try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: telegram)
            #expect(try Self.json(bot)["botToken"] as? String == "(set)")

            // What cannot make a receiver is refused, and nothing is kept.
            for bad in [
                #"{"name":"x","kind":"webhook","url":"https://a.example","secret":"short"}"#,
                #"{"name":"x","kind":"slack"}"#,
                #"{"name":"x","kind":"slack","url":"ftp://a.example/x"}"#,
                #"{"name":"x","kind":"slack","url":"https://a.example/x","chatID":"1"}"#,
                #"{"name":"x y","kind":"slack","url":"https://a.example/x"}"#,
                #"{"name":"x","kind":"pager","url":"https://a.example/x"}"#,
                #"{"name":"x","kind":"slack","url":"https://a.example/x","sekret":"1"}"#,
            ] {
                let refused = try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: bad)
                #expect(refused.status == .unprocessableContent, "\(bad)")
                #expect(!String(buffer: refused.body).contains("a.example/x"), "errors do not echo URLs")
            }
            #expect(
                try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: hook).status == .conflict)
            let listed = try await Self.call(client, .get, "/api/v1/receivers", token: admin)
            let names = (try Self.json(listed)["items"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == ["plantao", "slack", "tg"])
            #expect(!String(buffer: listed.body).contains("XYZ") && !String(buffer: listed.body).contains("123:ABC"))
            let elsewhere = try await Self.call(client, .get, "/api/v1/receivers", token: other)
            #expect((try Self.json(elsewhere)["items"] as? [Any])?.isEmpty == true)

            // Routes name receivers that exist, keep their order, and hold their receivers.
            let route = #"{"name":"audio","receivers":["plantao"],"labels":["audio"],"groupWaitSeconds":5}"#
            let added = try await Self.call(client, .post, "/api/v1/routes", token: admin, body: route)
            #expect(added.status == .created)
            let body = try Self.json(added)
            #expect(body["groupIntervalSeconds"] as? Int == 300 && body["minimumSeverity"] as? String == "low")
            let unknown = #"{"name":"tudo","receivers":["pager"]}"#
            #expect(
                try await Self.call(client, .post, "/api/v1/routes", token: admin, body: unknown).status
                    == .unprocessableContent)
            let everything = #"{"name":"tudo","receivers":["slack","tg"],"minimumSeverity":"high"}"#
            #expect(
                try await Self.call(client, .post, "/api/v1/routes", token: admin, body: everything).status
                    == .created)
            let routes = try Self.json(try await Self.call(client, .get, "/api/v1/routes", token: admin))
            #expect((routes["items"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["audio", "tudo"])
            #expect(try await Self.call(client, .delete, "/api/v1/receivers/plantao", token: admin).status == .conflict)
            let renamed = #"{"name":"outro","receivers":["slack"]}"#
            #expect(
                try await Self.call(client, .put, "/api/v1/routes/audio", token: admin, body: renamed).status
                    == .unprocessableContent)
            #expect(try await Self.call(client, .delete, "/api/v1/routes/audio", token: admin).status == .noContent)
            #expect(
                try await Self.call(client, .delete, "/api/v1/receivers/plantao", token: admin).status == .noContent)
            #expect(try await Self.call(client, .get, "/api/v1/receivers/plantao", token: admin).status == .notFound)
        }
    }

    /// The probe's SSRF: receivers aimed at the node itself, in every spelling, are refused when added.
    @Test func receiversCannotBeAimedAtTheNodesOwnNetworks() async throws {
        try await withApp(.live) { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let port = client.port ?? 0
            for url in [
                "http://127.0.0.1:\(port)/api/v1/streams", "http://localhost:\(port)/", "http://[::1]:\(port)/",
                "http://2130706433:\(port)/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hook",
            ] {
                for body in [
                    #"{"name":"x","kind":"slack","url":"\#(url)"}"#,
                    #"{"name":"x","kind":"webhook","url":"\#(url)","secret":"0123456789abcdef"}"#,
                    #"{"name":"x","kind":"telegram","botToken":"1:A","chatID":"-1","apiBaseURL":"\#(url)"}"#,
                ] {
                    let refused = try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: body)
                    #expect(refused.status == .unprocessableContent, "\(body)")
                    #expect(String(buffer: refused.body).contains("inside the node's networks"))
                }
            }
            let kept = try Self.json(try await Self.call(client, .get, "/api/v1/receivers", token: admin))
            #expect((kept["items"] as? [Any])?.isEmpty == true)
        }
    }

    /// A receiver's test tells its status, never its words; one that cannot be reached says so.
    @Test func aReceiversTestShowsItsStatusOnly() async throws {
        try await withApp(.live, receiverAddresses: try OutboundAddressPolicy(allowing: ["127.0.0.1"])) { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let own = #"{"name":"propria","kind":"slack","url":"http://127.0.0.1:\#(client.port ?? 0)/api/v1/nada"}"#
            #expect(try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: own).status == .created)
            let answered = try Self.json(
                try await Self.call(client, .post, "/api/v1/receivers/propria/test", token: admin))
            #expect(
                answered["delivered"] as? Bool == false && answered["reason"] as? String == "answered 404",
                "\(answered)")
            let closed = #"{"name":"fechado","kind":"slack","url":"http://127.0.0.1:1/x"}"#
            #expect(
                try await Self.call(client, .post, "/api/v1/receivers", token: admin, body: closed).status == .created)
            let tried = try Self.json(
                try await Self.call(client, .post, "/api/v1/receivers/fechado/test", token: admin))
            #expect(
                tried["delivered"] as? Bool == false && (tried["reason"] as? String)?.hasPrefix("no answer") == true)
        }
    }

    @Test func silencesMuteForAWhileAndEndWhenAsked() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let body = #"{"labels":["audio"],"durationSeconds":3600,"comment":"troca do encoder"}"#
            let created = try await Self.call(client, .post, "/api/v1/silences", token: admin, body: body)
            #expect(created.status == .created)
            let silence = try Self.json(created)
            #expect(silence["active"] as? Bool == true && silence["createdBy"] as? String == "ana@acme.com")
            let id = try #require(silence["id"] as? Int)
            for bad in [
                #"{"comment":"sem fim"}"#, #"{"durationSeconds":5,"comment":"curto"}"#,
                #"{"endsAt":"2020-01-01T00:00:00Z","comment":"passado"}"#,
                #"{"endsAt":"amanhã","comment":"x"}"#,
            ] {
                #expect(
                    try await Self.call(client, .post, "/api/v1/silences", token: admin, body: bad).status
                        == .unprocessableContent, "\(bad)")
            }
            let ended = try Self.json(try await Self.call(client, .delete, "/api/v1/silences/\(id)", token: admin))
            #expect(ended["active"] as? Bool == false)
            let listed = try Self.json(try await Self.call(client, .get, "/api/v1/silences", token: admin))
            #expect((listed["items"] as? [[String: Any]])?.count == 1)
            #expect(try await Self.call(client, .delete, "/api/v1/silences/999", token: admin).status == .notFound)
        }
    }

    @Test func sourcesNeedTheirStreamHideTheirKeysAndFilesStayInTheirFolder() async throws {
        try await withApp { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: admin)
            let youtube =
                #"{"name":"yt","stream":"\#(stream)","kind":"youtube","youtube":{"video":"https://youtu.be/dQw4w9WgXcQ","apiKey":"AIza-segredo"}}"#
            let created = try await Self.call(client, .post, "/api/v1/sources", token: admin, body: youtube)
            #expect(created.status == .created, "\(String(buffer: created.body))")
            #expect(!String(buffer: created.body).contains("AIza-segredo"))
            #expect((try Self.json(created)["youtube"] as? [String: Any])?["apiKey"] as? String == "(set)")
            #expect(try Self.json(created)["watchdogSeconds"] as? Int == 300)
            for bad in [
                #"{"name":"a","stream":"st_nenhum","kind":"twitch","twitch":{"channel":"gaules"}}"#,
                #"{"name":"a","stream":"\#(stream)","kind":"twitch","twitch":{"channel":"não vale"}}"#,
                #"{"name":"a","stream":"\#(stream)","kind":"twitch","youtube":{"video":"x","apiKey":"k"}}"#,
                #"{"name":"a","stream":"\#(stream)","kind":"youtube","youtube":{"video":"x"}}"#,
                #"{"name":"a","stream":"\#(stream)","kind":"file","file":{"path":"/etc/passwd"}}"#,
                #"{"name":"a","stream":"\#(stream)","kind":"twitch","twitch":{"channel":"gaules","x":1}}"#,
            ] {
                #expect(
                    try await Self.call(client, .post, "/api/v1/sources", token: admin, body: bad).status
                        == .unprocessableContent, "\(bad)")
            }
            let twitch = #"{"name":"tw","stream":"\#(stream)","kind":"twitch","twitch":{"channel":"gaules"}}"#
            #expect(
                try await Self.call(client, .post, "/api/v1/sources", token: admin, body: twitch).status == .created)
            let listed = try Self.json(try await Self.call(client, .get, "/api/v1/sources", token: admin))
            #expect((listed["items"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["yt", "tw"])
            #expect(try await Self.call(client, .delete, "/api/v1/sources/yt", token: admin).status == .noContent)
            #expect(try await Self.call(client, .get, "/api/v1/sources/yt", token: admin).status == .notFound)
        }
    }

    /// The probe's link to /etc/passwd inside sources.fileDirectory, and paths that climb out, are refused.
    @Test func aFileSourceIsJudgedByWhatItsPathReallyNames() async throws {
        let directory = try TemporaryDirectory()
        let folder = directory.path("logs")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/passwd", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: folder + "/up", withDestinationPath: directory.path(""))
        _ = try directory.write("logs/app.log", "ok\n")
        try await withApp(fileSourceDirectory: folder) { client, _ in
            let (admin, _) = try await Self.register(client, email: "ana@acme.com", tenant: "acme")
            let stream = try await Self.createStream(client, token: admin)
            func add(_ name: String, _ path: String) async throws -> (HTTPResponse.Status, String) {
                let file = #"{"path":"\#(path)","format":"lines"}"#
                let body = #"{"name":"\#(name)","stream":"\#(stream)","kind":"file","file":\#(file)}"#
                let response = try await Self.call(client, .post, "/api/v1/sources", token: admin, body: body)
                return (response.status, String(buffer: response.body))
            }
            for path in [folder + "/passwd", folder + "/up/secret.log", folder + "/../outside.log", "logs/app.log"] {
                let (status, body) = try await add("x", path)
                #expect(
                    status == .unprocessableContent && (body.contains("inside") || body.contains("absolute")), "\(body)"
                )
            }
            #expect(try await add("app", folder + "/app.log").0 == .created)
            #expect(try await add("later", folder + "/not-yet.log").0 == .created)
        }
    }
}
