import ArgumentParser
import Foundation
import VigiaCore

/// `vigia sources …`: what a running server reads into its streams.
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "Add, list or remove a running server's sources (operators).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a YouTube live chat, a Twitch chat or a growing file into a stream.",
            discussion: """
                youtube: --video (an id or URL) and --api-key (or VIGIA_YOUTUBE_API_KEY) or --access-token (an \
                OAuth token, or VIGIA_YOUTUBE_TOKEN); polls liveChatMessages.list at the interval YouTube asks, \
                5 quota units a call. twitch: --channel, read anonymously. file: --path (inside the server's \
                sources.fileDirectory) and --format lines|jsonl|csv; followed through rotation and truncation. \
                The name defaults to KIND-STREAM.
                """)

        @OptionGroup var server: ServerOptions
        @Argument(help: "youtube, twitch or file.") var kind: String
        @Option(help: "The stream id it feeds.") var stream: String
        @Option(help: "The source's name.") var name: String?
        @Option var video: String?
        @Option var apiKey: String?
        @Option var accessToken: String?
        @Option var channel: String?
        @Option var path: String?
        @Option var format = "lines"
        @Option(help: "Seconds without messages while live before it counts as lagging and reconnects.")
        var watchdog = 300
        @Flag(help: "Replace a source of that name.") var replace = false

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let name = self.name ?? "\(kind)-\(stream)"
            var body: [String: Any] = ["name": name, "stream": stream, "kind": kind, "watchdogSeconds": watchdog]
            switch kind {
            case "youtube":
                var youtube: [String: Any] = ["video": video ?? ""]
                youtube["apiKey"] = apiKey ?? environment["VIGIA_YOUTUBE_API_KEY"]
                youtube["accessToken"] = accessToken ?? environment["VIGIA_YOUTUBE_TOKEN"]
                body["youtube"] = youtube
            case "twitch": body["twitch"] = ["channel": channel ?? ""]
            case "file": body["file"] = ["path": path ?? "", "format": format]
            default: throw ValidationError("the kind is youtube, twitch or file")
            }
            try await reportingErrors { () async throws(VigiaError) in
                let source = try await server.session { call in
                    try await call(
                        replace ? .PUT : .POST, replace ? "/sources/\(escaped(name))" : "/sources", json(body))
                }
                print(Self.line(source))
            }
        }

        static func line(_ source: [String: Any]) -> String {
            let status = source["status"] as? [String: Any]
            let reading =
                (source["youtube"] as? [String: Any])?["video"] ?? (source["twitch"] as? [String: Any])?["channel"]
                ?? (source["file"] as? [String: Any])?["path"] ?? "?"
            return "\(source["name"] as? String ?? "?")\t\(source["kind"] as? String ?? "?") \(reading)"
                + " → \(source["stream"] as? String ?? "?")\t\(status?["state"] as? String ?? "not running")"
                + "\t\(status?["messages"] ?? 0) messages" + ((status?["reason"] as? String).map { "\t(\($0))" } ?? "")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List sources and how each is doing.")
        @OptionGroup var server: ServerOptions

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                let list = try await server.session { call in try await call(.GET, "/sources", nil) }
                for source in list["items"] as? [[String: Any]] ?? [] { print(Add.line(source)) }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop and remove a source.")
        @OptionGroup var server: ServerOptions
        @Argument var name: String

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                _ = try await server.session { call in try await call(.DELETE, "/sources/\(escaped(name))", nil) }
                print("removed source \(name)")
            }
        }
    }
}
