import ArgumentParser
import Foundation
import VigiaCore

/// `vigia receivers …`: where alerts go.
struct ReceiversCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receivers", abstract: "Add, list or remove a running server's alert receivers (admins).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add (or with --replace, change) a receiver.",
            discussion: """
                webhook: --webhook-url and --secret (the key of the X-Vigia-Signature HMAC; the body is \
                Alertmanager's webhook payload, version 4). slack: --webhook-url (the incoming webhook's). telegram: --bot-token and \
                --chat-id (and --api-base-url for a proxy). Secrets may come from the environment instead: \
                VIGIA_RECEIVER_SECRET, VIGIA_RECEIVER_URL, VIGIA_BOT_TOKEN, so that they stay out of shell history.
                """)

        @OptionGroup var server: ServerOptions
        @Argument(help: "webhook, slack or telegram.") var kind: String
        @Argument(help: "The receiver's name (routes name it).") var name: String
        @Option(help: "The webhook's endpoint, or Slack's incoming webhook URL.") var webhookUrl: String?
        @Option var secret: String?
        @Option var botToken: String?
        @Option var chatId: String?
        @Option var apiBaseUrl: String?
        @Flag(help: "Replace a receiver of that name.") var replace = false

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            var body: [String: Any] = ["name": name, "kind": kind]
            body["url"] = webhookUrl ?? environment["VIGIA_RECEIVER_URL"]
            body["secret"] = secret ?? (kind == "webhook" ? environment["VIGIA_RECEIVER_SECRET"] : nil)
            body["botToken"] = botToken ?? (kind == "telegram" ? environment["VIGIA_BOT_TOKEN"] : nil)
            body["chatID"] = chatId
            body["apiBaseURL"] = apiBaseUrl
            try await reportingErrors { () async throws(VigiaError) in
                let shown = try await server.session { call in
                    try await call(
                        replace ? .PUT : .POST, replace ? "/receivers/\(escaped(name))" : "/receivers", json(body))
                }
                print(Self.line(shown))
            }
        }

        static func line(_ receiver: [String: Any]) -> String {
            let fields = ["url", "chatID", "secret", "botToken"].compactMap { key in
                (receiver[key] as? String).map { "\(key)=\($0)" }
            }
            return "\(receiver["name"] as? String ?? "?")\t\(receiver["kind"] as? String ?? "?")\t"
                + fields.joined(separator: " ")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List receivers (secrets hidden).")
        @OptionGroup var server: ServerOptions

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                let list = try await server.session { call in try await call(.GET, "/receivers", nil) }
                for receiver in list["items"] as? [[String: Any]] ?? [] { print(Add.line(receiver)) }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a receiver no route sends to.")
        @OptionGroup var server: ServerOptions
        @Argument var name: String

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                _ = try await server.session { call in try await call(.DELETE, "/receivers/\(escaped(name))", nil) }
                print("removed receiver \(name)")
            }
        }
    }
}

/// `vigia routes …`: which alerts go to which receivers, and how often.
struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes", abstract: "Add, list or remove a running server's alert routes (admins).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add (or with --replace, change) a route; routes match in the order they were added.",
            discussion: """
                An alert goes to the first route that takes it (and the next ones while a route --continues). A \
                route takes the streams, taxonomies and labels it names (none: all; a label takes its children) at \
                --severity or worse. Its alerts are grouped per receiver and stream: a group waits --group-wait \
                seconds before its first notification, then tells news every --group-interval and repeats what \
                still fires every --repeat-interval.
                """)

        @OptionGroup var server: ServerOptions
        @Argument var name: String
        @Option(name: .customLong("receiver"), help: "A receiver (repeatable).") var receivers: [String]
        @Option(name: .customLong("stream"), help: "A stream id (repeatable).") var streams: [String] = []
        @Option(name: .customLong("taxonomy"), help: "A taxonomy (repeatable).") var taxonomies: [String] = []
        @Option(name: .customLong("label"), help: "A label, with its children (repeatable).") var labels: [String] = []
        @Option(help: "low, medium, high or critical.") var severity = "low"
        @Option var groupWait = 30
        @Option var groupInterval = 300
        @Option var repeatInterval = 4 * 3600
        @Flag(help: "Do not tell when incidents end.") var noResolved = false
        @Flag(name: .customLong("continue"), help: "Let later routes take its alerts too.") var continues = false
        @Flag(help: "Replace a route of that name (it keeps its place).") var replace = false

        func run() async throws {
            let body: [String: Any] = [
                "name": name, "receivers": receivers, "streams": streams, "taxonomies": taxonomies, "labels": labels,
                "minimumSeverity": severity, "groupWaitSeconds": groupWait, "groupIntervalSeconds": groupInterval,
                "repeatIntervalSeconds": repeatInterval, "sendResolved": !noResolved, "continues": continues,
            ]
            try await reportingErrors { () async throws(VigiaError) in
                let route = try await server.session { call in
                    try await call(replace ? .PUT : .POST, replace ? "/routes/\(escaped(name))" : "/routes", json(body))
                }
                print(Self.line(route))
            }
        }

        static func line(_ route: [String: Any]) -> String {
            func list(_ key: String) -> String {
                let items = route[key] as? [String] ?? []
                return items.isEmpty ? "all" : items.joined(separator: ",")
            }
            return "\(route["name"] as? String ?? "?")\t→ \(list("receivers"))\tstreams=\(list("streams"))"
                + " labels=\(list("labels")) severity≥\(route["minimumSeverity"] as? String ?? "?")"
                + " wait=\(route["groupWaitSeconds"] ?? "?")s interval=\(route["groupIntervalSeconds"] ?? "?")s"
                + " repeat=\(route["repeatIntervalSeconds"] ?? "?")s"
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List routes in the order they match.")
        @OptionGroup var server: ServerOptions

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                let list = try await server.session { call in try await call(.GET, "/routes", nil) }
                for route in list["items"] as? [[String: Any]] ?? [] { print(Add.line(route)) }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a route.")
        @OptionGroup var server: ServerOptions
        @Argument var name: String

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                _ = try await server.session { call in try await call(.DELETE, "/routes/\(escaped(name))", nil) }
                print("removed route \(name)")
            }
        }
    }
}

/// `vigia alerts …`: test a receiver, mute alerts, see what was sent.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts", abstract: "Test a receiver, silence alerts, and list the notifications sent.",
        subcommands: [Test.self, Silence.self, Unsilence.self, Silences.self, Sent.self])

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a receiver a test message now; exits 1 when it is not delivered.")
        @OptionGroup var server: ServerOptions
        @Option var receiver: String

        func run() async throws {
            let answer = try await reportingErrors { () async throws(VigiaError) in
                try await server.session { call in try await call(.POST, "/receivers/\(escaped(receiver))/test", nil) }
            }
            guard answer["delivered"] as? Bool == true else {
                StandardError.write("vigia: \(receiver) did not take it: \(answer["reason"] as? String ?? "?")\n")
                throw ExitCode(1)
            }
            print("\(receiver): delivered")
        }
    }

    struct Silence: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mute the alerts of some streams and labels (none: all) for a while.")
        @OptionGroup var server: ServerOptions
        @Option(name: .customLong("stream"), help: "A stream id (repeatable).") var streams: [String] = []
        @Option(name: .customLong("label"), help: "A label, with its children (repeatable).") var labels: [String] = []
        @Option(help: "How long, in minutes.") var minutes = 60
        @Option(help: "Why (shown to everyone on duty).") var comment: String

        func run() async throws {
            let body: [String: Any] = [
                "streams": streams, "labels": labels, "durationSeconds": minutes * 60, "comment": comment,
            ]
            try await reportingErrors { () async throws(VigiaError) in
                let silence = try await server.session { call in try await call(.POST, "/silences", json(body)) }
                print(Silences.line(silence))
            }
        }
    }

    struct Unsilence: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End a silence now.")
        @OptionGroup var server: ServerOptions
        @Argument var id: Int

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                let silence = try await server.session { call in try await call(.DELETE, "/silences/\(id)", nil) }
                print(Silences.line(silence))
            }
        }
    }

    struct Silences: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List silences, newest first.")
        @OptionGroup var server: ServerOptions

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                let list = try await server.session { call in try await call(.GET, "/silences", nil) }
                for silence in list["items"] as? [[String: Any]] ?? [] { print(Self.line(silence)) }
            }
        }

        static func line(_ silence: [String: Any]) -> String {
            let streams = (silence["streams"] as? [String] ?? []).joined(separator: ",")
            let labels = (silence["labels"] as? [String] ?? []).joined(separator: ",")
            return "\(silence["id"] ?? "?")\t\(silence["active"] as? Bool == true ? "active" : "ended")"
                + "\tuntil \(silence["endsAt"] as? String ?? "?")\tstreams=\(streams.isEmpty ? "all" : streams)"
                + " labels=\(labels.isEmpty ? "all" : labels)\t\(silence["comment"] as? String ?? "")"
        }
    }

    struct Sent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The latest notifications and their delivery, newest first.")
        @OptionGroup var server: ServerOptions
        @Option(help: "pending, sent or failed.") var status: String?
        @Option var limit = 20

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                let query = "?limit=\(limit)" + (status.map { "&status=\($0)" } ?? "")
                let list = try await server.session { call in try await call(.GET, "/notifications" + query, nil) }
                for item in list["items"] as? [[String: Any]] ?? [] {
                    let notification = item["notification"] as? [String: Any]
                    let alerts = notification?["alerts"] as? [[String: Any]] ?? []
                    let firing = alerts.filter { $0["endsAt"] == nil }.count
                    print(
                        "\(item["id"] ?? "?")\t\(item["status"] as? String ?? "?")\t\(item["receiver"] as? String ?? "?")"
                            + "\t\(item["createdAt"] as? String ?? "")\t\(notification?["stream"] as? String ?? "")"
                            + "\t\(firing) firing, \(alerts.count - firing) resolved"
                            + ((item["lastError"] as? String).map { "\t(\($0))" } ?? ""))
                }
            }
        }
    }
}

/// A JSON object's text, for a request body.
func json(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
}

/// A name as one path segment.
func escaped(_ name: String) -> String {
    name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/")))
        ?? name
}
