import Foundation
import VigiaCore
import VigiaText

/// Texts classified on demand, outside any stream: an upload of comments, a pasted list. Each text is redacted
/// first, as the pipeline does, so a result never holds personal data.
public enum BatchAnalysis {
    /// What an upload holds.
    public enum Format: Sendable {
        /// One text per non-blank line.
        case lines
        /// A header naming the text column (`text`, `texto`, `mensagem`, `comentario`, `comment`, `message`), or a
        /// single column.
        case csv
        /// A JSON array of strings or of objects with `text`.
        case json
    }

    public struct Item: Sendable, Hashable, Codable {
        public let text: String
        public let predictions: [Prediction]
    }

    public struct Result: Sendable, Hashable, Codable {
        public let count: Int
        /// Messages per label, by taxonomy.
        public let labels: [String: [String: Int]]
        public let items: [Item]
    }

    static let textColumns = ["text", "texto", "mensagem", "comentario", "comentário", "comment", "message"]

    /// The texts of an upload; `.invalidData` naming the line or element that is wrong.
    public static func texts(of bytes: [UInt8], format: Format) throws(VigiaError) -> [String] {
        switch format {
        case .lines:
            return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .csv:
            let table: CSVParser.Table
            do {
                table = try CSVParser.parse(bytes)
            } catch {
                throw VigiaError(.invalidData, "line \(error.line): \(error.reason)")
            }
            let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let column = header.count == 1 ? 0 : header.firstIndex(where: textColumns.contains) else {
                throw VigiaError(
                    .invalidData,
                    "the CSV header (\(table.header.joined(separator: ", "))) names no text column: "
                        + textColumns.joined(separator: ", "))
            }
            return table.records.compactMap { record in
                column < record.fields.count && !record.fields[column].isEmpty ? record.fields[column] : nil
            }
        case .json:
            guard let array = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [Any] else {
                throw VigiaError(.invalidData, "the JSON must be an array of texts or of objects with 'text'")
            }
            var texts: [String] = []
            for (index, element) in array.enumerated() {
                switch element {
                case let text as String: texts.append(text)
                case let object as [String: Any]:
                    guard let text = object["text"] as? String else {
                        throw VigiaError(.invalidData, "element \(index + 1) has no string 'text'")
                    }
                    texts.append(text)
                default: throw VigiaError(.invalidData, "element \(index + 1) is neither a text nor an object")
                }
            }
            return texts
        }
    }

    /// Classifies `texts` with each of `classifiers` (by taxonomy, in order), reporting the share done after each
    /// slice of work.
    public static func run(
        _ texts: [String], classifiers chosen: [(taxonomy: String, classify: (String) -> LabelScore)],
        progress: (Double) async throws -> Void = { _ in }
    ) async rethrows -> Result {
        let redactor = PIIRedactor()
        var items: [Item] = []
        items.reserveCapacity(texts.count)
        var labels: [String: [String: Int]] = [:]
        let slice = max(1_000, texts.count / 20)
        for start in stride(from: 0, to: texts.count, by: slice) {
            for text in texts[start..<min(start + slice, texts.count)] {
                let redacted = redactor.redact(text)
                let predictions = chosen.map { taxonomy, classify in
                    let best = classify(redacted)
                    return Prediction(taxonomy: taxonomy, label: best.label, confidence: best.confidence)
                }
                for prediction in predictions {
                    labels[prediction.taxonomy, default: [:]][prediction.label, default: 0] += 1
                }
                items.append(Item(text: redacted, predictions: predictions))
            }
            try await progress(Double(min(start + slice, texts.count)) / Double(texts.count))
            await Task.yield()
        }
        return Result(count: items.count, labels: labels, items: items)
    }
}
