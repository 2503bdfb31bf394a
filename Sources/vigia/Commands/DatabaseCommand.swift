import ArgumentParser
import Foundation
import VigiaCore
import VigiaPostgres
import VigiaSQLite

struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Create, migrate and inspect Vigia's database.",
        subcommands: [MigrateCommand.self, StatsCommand.self, RetentionCommand.self, CrashWriterCommand.self])

    struct MigrateCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate", abstract: "Create the database or bring its schema up to date.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                try await store.withStore { _, settings async throws(VigiaError) in
                    print("\(StoreOptions.location(settings)): schema up to date")
                }
            }
        }
    }

    struct StatsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats", abstract: "Counts of tenants, streams and messages, and the size on disk.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                try await store.withStore { database, _ async throws(VigiaError) in
                    let figures =
                        switch database {
                        case let sqlite as SQLiteStore: try await sqlite.statistics()
                        case let postgres as PostgresStore: try await postgres.statistics()
                        default: [(name: String, value: Int)]()
                        }
                    for (name, value) in figures {
                        print(name.padding(toLength: 14, withPad: " ", startingAt: 0) + String(value))
                    }
                }
            }
        }
    }

    struct RetentionCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retention", abstract: "Remove a tenant's messages older than a number of days.",
            discussion: """
                Age is the message's event time. Labels given to removed messages go with them. Run it from cron \
                (or a systemd timer) per tenant with that tenant's retention.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Tenant whose messages to remove.")
        var tenant: String

        @Option(help: "Keep messages of the last this many days.")
        var days: Int

        func validate() throws {
            guard (1...36_500).contains(days) else { throw ValidationError("--days must be in 1…36500") }
        }

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                try await store.withStore { database, _ async throws(VigiaError) in
                    let cutoff = Timestamp(milliseconds: Timestamp.now.milliseconds - Int64(days) * 86_400_000)
                    let removed = try await database.deleteMessages(before: cutoff, tenant: TenantID(tenant))
                    print("removed \(removed) messages of tenant '\(tenant)' older than \(cutoff.rfc3339)")
                }
            }
        }
    }

    /// Appends numbered batches and prints `committed N` after each commit: the child process of the crash test,
    /// which kills it at a random moment and checks that every reported batch survived.
    struct CrashWriterCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "crash-writer", abstract: "Write numbered batches and report each commit (crash test).",
            shouldDisplay: false)

        @OptionGroup var store: StoreOptions

        @Option var batches: Int = 1_000_000

        @Option var batchSize: Int = 50

        func run() async throws {
            try await reportingErrors { () async throws(VigiaError) in
                try await store.withStore { database, _ async throws(VigiaError) in
                    try await write(to: database)
                }
            }
        }

        private func write(to database: any VigiaStore) async throws(VigiaError) {
            let tenant = TenantID("crash")
            let stream = StreamID("crash")
            if try await database.stream(stream, tenant: tenant) == nil {
                try await database.createStream(
                    VigiaCore.Stream(id: stream, name: "crash", kind: .chat, taxonomies: [], createdAt: .now),
                    tenant: tenant)
            }
            for batch in 0..<batches {
                let messages = (0..<batchSize).map { index in
                    NewMessage(
                        clientID: "\(batch)-\(index)", eventTime: .now, text: "mensagem \(index) do lote \(batch)",
                        predictions: [Prediction(taxonomy: "tech-issues", label: "nenhum", confidence: 0.5)])
                }
                _ = try await database.append(messages, to: stream, tenant: tenant, receivedAt: .now)
                // Unbuffered: the line must leave the process before the next append can start.
                FileHandle.standardOutput.write(Data("committed \(batch)\n".utf8))
            }
        }
    }
}
