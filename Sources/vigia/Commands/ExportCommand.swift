import ArgumentParser
import Foundation
import VigiaCore
import VigiaSQLite
import VigiaText

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

    @Option(help: "csv or jsonl.")
    var format: ExportFormat = .jsonl

    @Option(help: "Event time from (included).")
    var from: String?

    @Option(help: "Event time to (excluded).")
    var to: String?

    @Option(help: "Only messages with this label (or a label under it) in any taxonomy.")
    var label: String?

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl
    }

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
        let format = format
        if format == .csv {
            var header: [UInt8] = []
            CSVWriter.appendRecord(Self.csvColumns, to: &header)
            FileHandle.standardOutput.write(Data(header))
        }
        try await database.export(query, tenant: TenantID(tenant), batchSize: 5_000) { batch in
            var bytes: [UInt8] = []
            for stored in batch {
                if format == .csv {
                    CSVWriter.appendRecord(Self.csvFields(stored), to: &bytes)
                } else {
                    bytes += Self.jsonLine(stored).utf8
                }
            }
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    static let csvColumns = [
        "id", "stream", "event_time", "received_time", "author", "text", "language", "labels", "tags",
    ]

    static func timestamp(_ text: String) throws(VigiaError) -> Timestamp {
        if let milliseconds = Int64(text) { return Timestamp(milliseconds: milliseconds) }
        guard let time = Timestamp(rfc3339: text) else {
            throw VigiaError(.invalidArgument, "'\(text)' is not an RFC 3339 time or epoch milliseconds")
        }
        return time
    }

    static func jsonLine(_ stored: StoredMessage) -> String {
        let message = stored.message
        return "{\"id\":\(stored.id.rawValue),\"stream\":\(JSONText.string(stored.stream.rawValue)),"
            + "\"event_time\":\"\(message.eventTime.rfc3339)\",\"received_time\":\"\(stored.receivedTime.rfc3339)\","
            + "\"author\":\(message.author.map(JSONText.string) ?? "null"),\"text\":\(JSONText.string(message.text)),"
            + "\"language\":\(message.language.map(JSONText.string) ?? "null"),"
            + "\"predictions\":\(JSONText.predictions(message.predictions)),"
            + "\"tags\":\(JSONText.strings(message.tags))}\n"
    }

    static func csvFields(_ stored: StoredMessage) -> [String] {
        let message = stored.message
        return [
            String(stored.id.rawValue), stored.stream.rawValue, message.eventTime.rfc3339,
            stored.receivedTime.rfc3339, message.author ?? "", message.text, message.language ?? "",
            message.predictions.map { "\($0.taxonomy):\($0.label)" }.joined(separator: " "),
            message.tags.joined(separator: " "),
        ]
    }
}
