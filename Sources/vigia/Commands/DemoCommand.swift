import ArgumentParser
import Foundation
import VigiaCore
import VigiaEngine
import VigiaML
import VigiaServer

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the server with a demo tenant whose stream replays the synthetic match live.",
        discussion: """
            Everything lives in the data directory: the SQLite database, the built-in models (trained on first \
            use), the JWT secret and the demo login's password. The demo stream plays the two-hour match from \
            --from-minute (default 27: three minutes of baseline before the audio outage at minute 30), then starts \
            over. The minutes before --from-minute are stored at once as the stream's recent past, so detection is \
            warm from the first live second. At --speed above 1, stream time is compressed as well.
            """)

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port (0 picks a free one).")
    var port = 8080

    @Option(help: "Where the demo keeps its database, models and secrets.")
    var dataDir = "vigia-data"

    @Option(help: "Minutes of the match to skip.")
    var fromMinute = 27

    @Option(help: "Match seconds played per second.")
    var speed = 1.0

    @Option(help: "Seed of the synthetic match.")
    var seed: UInt64 = 1

    static let tenant = TenantID("demo")
    static let stream = StreamID("demo-match")
    static let email = "demo@vigia.local"

    func validate() throws {
        guard speed > 0, speed.isFinite else { throw ValidationError("--speed must be a positive number") }
        guard (0..<120).contains(fromMinute) else { throw ValidationError("--from-minute must be in 0…119") }
    }

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let models = try ServeCommand.builtInModels(in: dataDir)
            let secret = try ServeCommand.persistedSecret(in: dataDir)
            let store = try StoreOptions.openSQLite(path: (dataDir as NSString).appendingPathComponent("vigia.sqlite"))
            let password = try await Self.prepare(store, dataDir: dataDir)
            let start = Timestamp(milliseconds: MatchScenario.kickOff.milliseconds + Int64(fromMinute) * 60_000)
            let match = try MatchScenario(seed: seed).messages().map {
                NewMessage(eventTime: $0.time, author: $0.author, text: $0.text)
            }
            let (host, speed, fromMinute) = (self.host, self.speed, self.fromMinute)
            try await ServeCommand.serve(
                store, models: models, host: host, port: port, secret: secret,
                extra: { pipeline in
                    [
                        LiveReplay(
                            messages: match, stream: Self.stream, tenant: Self.tenant, pipeline: pipeline,
                            startAt: start, speed: speed)
                    ]
                },
                announce: { port in
                    """
                    Vigia demo on http://\(host):\(port)
                      dashboard http://\(host):\(port)/app/
                      login     \(Self.email) / \(password)   (the dashboard's, or POST /auth/login)
                      stream    \(Self.stream): the match from minute \(fromMinute), live at \(speed)x; audio outage at minute 30, buffering at 70
                      try       curl -s http://\(host):\(port)/auth/login -H 'content-type: application/json' -d '{"email":"\(Self.email)","password":"\(password)"}'
                    """
                })
        }
    }

    /// The demo tenant, its admin and its stream, made the first time; returns the admin's password, kept in
    /// DATA/demo-password (readable by the owner only) so that every start can print it.
    static func prepare(_ store: some VigiaStore, dataDir: String) async throws(VigiaError) -> String {
        if try await store.tenant(tenant) == nil {
            try await store.createTenant(Tenant(id: tenant, name: "Demo", createdAt: .now))
        }
        let (password, created) = try ServeCommand.keptSecret("demo-password", in: dataDir, length: 12)
        let existing = try await store.usersForLogin(email: email).first { $0.tenant == tenant }
        if existing == nil || created {
            let hash = try await Credentials.hash(password: password)
            if let existing {
                _ = try await store.updatePasswordHash(of: existing.user.id, to: hash, tenant: existing.tenant)
            } else {
                _ = try await store.createUser(email: email, passwordHash: hash, role: .admin, tenant: tenant, at: .now)
            }
        }
        if try await store.stream(stream, tenant: tenant) == nil {
            try await store.createStream(
                VigiaCore.Stream(
                    id: stream, name: "Final — demo", kind: .chat, taxonomies: [Taxonomy.techIssues.name],
                    createdAt: .now), tenant: tenant)
        }
        return password
    }
}
