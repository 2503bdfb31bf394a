import Foundation
import VigiaCore
import VigiaText

/// A recorded stream, the input of a replay: JSON Lines with `ts` (RFC 3339, or epoch milliseconds, within
/// ``Timestamp/acceptedRange``), `text`, and optional `author` and `id` (other fields are ignored), or CSV with the
/// same columns.
public enum Recording {
    /// Reads a recording; CSV when the path ends in `.csv`, JSON Lines otherwise. Errors name the file and line.
    public static func read(path: String) throws(VigiaError) -> [NewMessage] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw VigiaError(.io, "\(path): cannot read the file (\(error.localizedDescription))")
        }
        return path.lowercased().hasSuffix(".csv")
            ? try csv(Array(data), path: path) : try jsonLines(Array(data), path: path)
    }

    /// Messages of JSON Lines; with `receivedAt`, a line without `ts` happened then.
    public static func jsonLines(
        _ bytes: [UInt8], path: String, receivedAt: Timestamp? = nil
    ) throws(VigiaError) -> [NewMessage] {
        var messages: [NewMessage] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
            let place = "\(path):\(index + 1)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw VigiaError(.invalidData, "\(place): not a JSON object")
            }
            messages.append(try message(from: object, at: place, receivedAt: receivedAt))
        }
        return messages
    }

    /// One message from a decoded JSON object: `text`, `ts` (RFC 3339 or epoch milliseconds; `receivedAt` when
    /// absent, if given), optional `author` and `id`. Errors name `place`. The server's ingest reads messages with
    /// it too, so a recording line and a posted message mean the same.
    public static func message(
        from object: [String: Any], at place: String, receivedAt: Timestamp? = nil
    ) throws(VigiaError) -> NewMessage {
        let time: Timestamp
        switch object["ts"] {
        case let text as String: time = try timestamp(text, at: place)
        case let number as NSNumber:
            guard let accepted = Timestamp(acceptedJSONNumber: number.doubleValue) else {
                throw VigiaError(.invalidData, "\(place): 'ts' must be \(Timestamp.acceptedRangeDescription)")
            }
            time = accepted
        case nil where receivedAt != nil: time = receivedAt!
        default: throw VigiaError(.invalidData, "\(place): 'ts' must be \(Timestamp.acceptedRangeDescription)")
        }
        guard let text = object["text"] as? String else {
            throw VigiaError(.invalidData, "\(place): 'text' must be a string")
        }
        return NewMessage(
            clientID: try optional("id", in: object, at: place), eventTime: time,
            author: try optional("author", in: object, at: place), text: text)
    }

    private static func optional(
        _ key: String, in object: [String: Any], at place: String
    ) throws(VigiaError)
        -> String?
    {
        switch object[key] {
        case nil, is NSNull: return nil
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: throw VigiaError(.invalidData, "\(place): '\(key)' must be a string")
        }
    }

    /// Messages of CSV with a header naming `ts` and `text` (and optionally `author`, `id`).
    public static func csv(_ bytes: [UInt8], path: String) throws(VigiaError) -> [NewMessage] {
        let table: CSVParser.Table
        do {
            table = try CSVParser.parse(bytes)
        } catch {
            throw VigiaError(.invalidData, "\(path):\(error.line): \(error.reason)")
        }
        let columns = Dictionary(
            table.header.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        guard let tsColumn = columns["ts"], let textColumn = columns["text"] else {
            throw VigiaError(.invalidData, "\(path):\(table.headerLine): the header needs 'ts' and 'text' columns")
        }
        func field(_ name: String, _ record: CSVParser.Record) -> String? {
            columns[name].flatMap { $0 < record.fields.count && !record.fields[$0].isEmpty ? record.fields[$0] : nil }
        }
        var messages: [NewMessage] = []
        for record in table.records {
            let place = "\(path):\(record.line)"
            guard tsColumn < record.fields.count, textColumn < record.fields.count else {
                throw VigiaError(.invalidData, "\(place): missing 'ts' or 'text'")
            }
            messages.append(
                NewMessage(
                    clientID: field("id", record), eventTime: try timestamp(record.fields[tsColumn], at: place),
                    author: field("author", record), text: record.fields[textColumn]))
        }
        return messages
    }

    private static func timestamp(_ text: String, at place: String) throws(VigiaError) -> Timestamp {
        guard let time = Timestamp(acceptedText: text) else {
            throw VigiaError(
                .invalidData, "\(place): '\(text.prefix(40))' is not \(Timestamp.acceptedRangeDescription)")
        }
        return time
    }
}
