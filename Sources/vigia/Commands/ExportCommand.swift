import ArgumentParser
import Foundation
import VigiaCore
import VigiaEngine
import VigiaSQLite

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a stream's messages to stdout as CSV or JSON Lines, oldest first, in constant memory.",
        discussion: "Times (--from, --to) are RFC 3339 (2026-11-22T20:14:05Z) or milliseconds since the epoch.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Tenant that owns the stream.")
    var tenant: String = "default"

    @Option(help: "Stream id.")
    var stream: String

    @Option(help: "csv, jsonl or json.")
    var format: MessageExport.Format = .jsonl

    @Option(help: "Event time from (included).")
    var from: String?

    @Option(help: "Event time to (excluded).")
    var to: String?

    @Option(help: "Only messages with this label (or a label under it) in any taxonomy.")
    var label: String?

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let query = MessageQuery(
                stream: StreamID(stream), from: try from.map(Self.timestamp), to: try to.map(Self.timestamp),
                label: label)
            try query.validate()
            try await store.withStore { database, _ async throws(VigiaError) in
                try await export(query, from: database)
            }
        }
    }

    private func export(_ query: MessageQuery, from database: any VigiaStore) async throws(VigiaError) {
        guard try await database.stream(StreamID(stream), tenant: TenantID(tenant)) != nil else {
            throw VigiaError(.notFound, "tenant '\(tenant)' has no stream '\(stream)'")
        }
        do {
            try await MessageExport.export(query, tenant: TenantID(tenant), from: database, format: format) {
                FileHandle.standardOutput.write(Data($0))
            }
        } catch let error as VigiaError {
            throw error
        } catch {
            throw VigiaError(.storage, "export failed: \(error)")
        }
    }

    static func timestamp(_ text: String) throws(VigiaError) -> Timestamp {
        guard let time = Timestamp(acceptedText: text) else {
            throw VigiaError(.invalidArgument, "'\(text)' is not \(Timestamp.acceptedRangeDescription)")
        }
        return time
    }
}
extension MessageExport.Format: ExpressibleByArgument {}
