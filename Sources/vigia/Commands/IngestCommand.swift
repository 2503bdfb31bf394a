import ArgumentParser
import AsyncHTTPClient
import Foundation
import VigiaCore

/// `vigia ingest --stream S FILE|-`: sends a file's or stdin's lines to a running server's stream, as they come.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Send the lines of a file, or of stdin (-), to a stream of a running server.",
        discussion: """
            Formats: lines (each line a message's text), jsonl (objects like the ingest API's: text, and optional \
            id, ts, author) or csv (a header, then rows; a text column). The \
            default follows the file's extension (.jsonl/.ndjson, .csv, else lines). Lines are sent in batches \
            of --batch, and at once when the input pauses, so `tail -F app.log | vigia ingest --stream logs -` \
            is live. A busy server (503, 429) is retried; any other refusal stops with the count of what was sent.
            """)

    @OptionGroup var server: ServerOptions
    @Option(help: "The stream id.") var stream: String
    @Option(help: "lines, jsonl or csv.") var format: String?
    @Option(help: "Messages per request.") var batch = 1000
    @Argument(help: "A file, or - for stdin.") var input: String

    enum Format: String {
        case lines, jsonl, csv

        var contentType: String { self == .csv ? "text/csv" : "application/x-ndjson" }
    }

    func validate() throws {
        guard (1...10_000).contains(batch) else { throw ValidationError("--batch must be in 1…10000") }
        if let format, Format(rawValue: format) == nil { throw ValidationError("--format is lines, jsonl or csv") }
    }

    func run() async throws {
        let format =
            self.format.flatMap(Format.init)
            ?? (input.hasSuffix(".csv")
                ? .csv : input.hasSuffix(".jsonl") || input.hasSuffix(".ndjson") ? .jsonl : .lines)
        try await reportingErrors { () async throws(VigiaError) in
            let file: UnsafeMutablePointer<FILE>
            if input == "-" {
                guard let standardInput = fdopen(0, "r") else { throw VigiaError(.io, "stdin cannot be read") }
                file = standardInput
            } else {
                guard let opened = fopen(input, "r") else {
                    throw VigiaError(.io, "\(input): cannot open (\(String(cString: strerror(errno))))")
                }
                file = opened
            }
            let started = ContinuousClock.now
            let (accepted, duplicates) = try await send(LineBatches(file: file, size: batch).stream, format: format)
            let seconds = (ContinuousClock.now - started).inSeconds
            print(
                "ingested \(accepted + duplicates) messages into \(stream) (\(accepted) new, \(duplicates) repeated)"
                    + " in \(String(format: "%.1f", seconds)) s")
        }
    }

    private func send(
        _ batches: AsyncStream<[String]>, format: Format
    ) async throws(VigiaError) -> (accepted: Int, duplicates: Int) {
        let client = HTTPClient.shared
        let url = server.base + "/api/v1/streams/\(escaped(stream))/messages"
        var header: String?
        var (accepted, duplicates) = (0, 0)
        do {
            let token = try await server.accessToken(client)
            for await lines in batches {
                var rows = lines.filter { !$0.allSatisfy(\.isWhitespace) }
                if format == .csv, header == nil, !rows.isEmpty { header = rows.removeFirst() }
                guard !rows.isEmpty else { continue }
                let body: String =
                    switch format {
                    case .lines: rows.map { #"{"text":\#(JSONText.string($0))}"# }.joined(separator: "\n")
                    case .jsonl: rows.joined(separator: "\n")
                    case .csv: ([header ?? ""] + rows).joined(separator: "\n")
                    }
                let answer = try await Self.posting(body, contentType: format.contentType) { body, type in
                    try await APIRequest.send(client, .POST, url, body, token: token, contentType: type)
                }
                accepted += answer["accepted"] as? Int ?? 0
                duplicates += answer["duplicates"] as? Int ?? 0
            }
        } catch let error as VigiaError {
            throw VigiaError(
                error.code, "\(error.message) (\(accepted + duplicates) messages were sent before; the rest were not)")
        } catch {
            throw VigiaError(.io, "\(server.base): \(error)")
        }
        return (accepted, duplicates)
    }

    /// Posts one batch, waiting and trying again while the server is busy (up to about two minutes).
    private static func posting(
        _ body: String, contentType: String,
        _ post: (String, String) async throws -> [String: Any]
    ) async throws -> [String: Any] {
        var wait = Duration.milliseconds(250)
        for _ in 0..<20 {
            do {
                return try await post(body, contentType)
            } catch let error as VigiaError where error.code == .unavailable {
                try await Task.sleep(for: wait)
                wait = min(wait * 2, .seconds(10))
            }
        }
        return try await post(body, contentType)
    }
}

/// A file's lines in batches of at most `size`, read on a thread of their own (reading blocks); a batch also leaves
/// when the input pauses for a fifth of a second, so a live pipe is sent as it comes. At most a few batches wait,
/// so a large file is read as fast as the server takes it, not into memory.
struct LineBatches: @unchecked Sendable {
    let file: UnsafeMutablePointer<FILE>
    let size: Int

    var stream: AsyncStream<[String]> {
        let (batches, output) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .bufferingOldest(4))
        let thread = Thread { [self] in
            var pending: [String] = []
            func flush() {
                guard !pending.isEmpty else { return }
                // The stream holds a few batches: wait for room rather than drop one.
                while case .dropped = output.yield(pending) { usleep(5_000) }
                pending.removeAll(keepingCapacity: true)
            }
            while true {
                if !pending.isEmpty && !inputWaiting(timeoutMilliseconds: 200) { flush() }
                guard let line = readLine(from: file) else { break }
                pending.append(line)
                if pending.count >= size { flush() }
            }
            flush()
            output.finish()
        }
        thread.start()
        return batches
    }

    private func inputWaiting(timeoutMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fileno(file), events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, timeoutMilliseconds) != 0
    }

    /// The next line without its newline (`\r\n` too), or nil at the end.
    private func readLine(from file: UnsafeMutablePointer<FILE>) -> String? {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let length = getline(&buffer, &capacity, file)
        guard length >= 0, let buffer else { return nil }
        var line = String(cString: buffer)
        while let last = line.unicodeScalars.last, last == "\n" || last == "\r" { line.unicodeScalars.removeLast() }
        return line
    }
}
