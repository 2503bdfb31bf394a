import Foundation
import VigiaCore
import VigiaText

/// Reads the files people train, evaluate and classify with: CSV and JSON Lines, chosen by file extension.
///
/// Every error is one line that starts with the file and, when there is one, the line: `data.csv:7: invalid UTF-8`,
/// so an editor or terminal can jump to it. Texts are kept as written except for surrounding whitespace; labels are
/// trimmed and must be valid label ids (``Taxonomy/isValidLabel(_:)``).
public enum LabeledDataFile {
    /// How the bytes of a data file are laid out.
    public enum Format: Sendable, Hashable, CaseIterable {
        /// RFC 4180 CSV with a header row naming the columns.
        case csv
        /// JSON Lines: one JSON object per non-blank line.
        case jsonLines
        /// One text per non-blank line; only for texts to classify, since it has no place for a label.
        case lines

        /// The format a path's extension names: `.csv` is CSV, `.jsonl` and `.ndjson` are JSON Lines (in any
        /// letter case), and anything else is one text per line.
        public init(path: String) {
            switch LabeledDataFile.fileExtension(of: path) {
            case "csv": self = .csv
            case "jsonl", "ndjson": self = .jsonLines
            default: self = .lines
            }
        }
    }

    /// Reads labeled examples from a `.csv`, `.jsonl` or `.ndjson` file.
    ///
    /// A CSV file needs `text` and `label` columns in its header (in any order, other columns ignored); a JSON Lines
    /// file needs string fields `text` and `label` in each object (other keys ignored). A missing file throws
    /// `.notFound`, an unreadable one `.io`, and malformed content `.invalidData`.
    public static func read(path: String) throws(VigiaError) -> LabeledDataSet {
        let format = Format(path: path)
        guard format != .lines else {
            let found = fileExtension(of: path).isEmpty ? "none" : "'.\(fileExtension(of: path))'"
            throw VigiaError(
                .invalidData,
                "\(path): unsupported file extension \(found) for labeled data (supported: .csv, .jsonl, .ndjson)")
        }
        return try read(bytes: readBytes(path: path), name: path, format: format)
    }

    /// Reads labeled examples from bytes already in memory (stdin, an upload); `name` is used in error messages.
    ///
    /// `.lines` is rejected, since a bare line has no label.
    public static func read(bytes: [UInt8], name: String, format: Format) throws(VigiaError) -> LabeledDataSet {
        var examples: [LabeledExample] = []
        var lines: [Int] = []
        var knownLabels = Set<String>()
        switch format {
        case .csv:
            let table = try parseCSV(bytes, name: name)
            let columns = try columnIndices(of: ["text", "label"], in: table, name: name)
            examples.reserveCapacity(table.records.count)
            lines.reserveCapacity(table.records.count)
            for record in table.records {
                let text = try cleanText(record.fields[columns[0]], name: name, line: record.line)
                let label = try cleanLabel(
                    record.fields[columns[1]], name: name, line: record.line, known: &knownLabels)
                examples.append(LabeledExample(text: text, label: label))
                lines.append(record.line)
            }
        case .jsonLines:
            let decoder = JSONDecoder()
            let expected = #"expected a JSON object with string fields "text" and "label""#
            try forEachLine(of: bytes, name: name) { (line, number) throws(VigiaError) in
                let row = try decodeJSON(LabeledRow.self, line, decoder, name: name, line: number, expected: expected)
                let text = try cleanText(row.text, name: name, line: number)
                let label = try cleanLabel(row.label, name: name, line: number, known: &knownLabels)
                examples.append(LabeledExample(text: text, label: label))
                lines.append(number)
            }
            guard !examples.isEmpty else { throw VigiaError(.invalidData, "\(name): file is empty") }
        case .lines:
            throw VigiaError(.invalidData, "\(name): labeled data must be CSV or JSON Lines (text and label)")
        }
        guard !examples.isEmpty else { throw VigiaError(.invalidData, "\(name): no examples") }
        return LabeledDataSet(path: name, examples: examples, lines: lines)
    }

    /// Texts to classify: CSV with a `text` column, JSON Lines with `text`, or any other extension = one text per
    /// non-empty line.
    ///
    /// Texts are trimmed of surrounding whitespace. An empty input gives no texts; in CSV and JSON Lines an empty
    /// `text` is an error, because each row stands for one input the caller expects an answer for.
    public static func readTexts(path: String) throws(VigiaError) -> [String] {
        try readTexts(bytes: readBytes(path: path), name: path, format: Format(path: path))
    }

    /// Texts to classify from bytes already in memory (stdin, an upload); `name` is used in error messages.
    public static func readTexts(bytes: [UInt8], name: String, format: Format) throws(VigiaError) -> [String] {
        var texts: [String] = []
        switch format {
        case .csv:
            let table: CSVParser.Table
            do throws(CSVParser.ParseError) {
                table = try CSVParser.parse(bytes)
            } catch {
                // Nothing to classify is not a mistake, unlike a training file without examples.
                guard error.kind == .empty else { throw csvError(error, name: name) }
                return []
            }
            let column = try columnIndices(of: ["text"], in: table, name: name)[0]
            texts.reserveCapacity(table.records.count)
            for record in table.records {
                texts.append(try cleanText(record.fields[column], name: name, line: record.line))
            }
        case .jsonLines:
            let decoder = JSONDecoder()
            let expected = #"expected a JSON object with a string field "text""#
            try forEachLine(of: bytes, name: name) { (line, number) throws(VigiaError) in
                let row = try decodeJSON(TextRow.self, line, decoder, name: name, line: number, expected: expected)
                texts.append(try cleanText(row.text, name: name, line: number))
            }
        case .lines:
            try forEachLine(of: bytes, name: name) { (line, number) throws(VigiaError) in
                // forEachLine has checked the bytes, so decoding cannot repair anything here.
                let text = trimmed(String(decoding: line, as: UTF8.self))
                // A line of Unicode spaces (no-break, ideographic) is as empty as a blank one.
                if !text.isEmpty { texts.append(text) }
            }
        }
        return texts
    }
}

// MARK: - Reading

extension LabeledDataFile {
    private struct LabeledRow: Decodable {
        let text: String
        let label: String
    }

    private struct TextRow: Decodable {
        let text: String
    }

    private static func readBytes(path: String) throws(VigiaError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw VigiaError(.notFound, "\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw VigiaError(.io, "\(path): is a directory, not a file") }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw VigiaError(.io, "\(path): cannot read the file (\(oneLine(error.localizedDescription)))")
        }
    }

    /// The lowercased extension of the last path component, without the dot; empty when there is none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    private static func parseCSV(_ bytes: [UInt8], name: String) throws(VigiaError) -> CSVParser.Table {
        do throws(CSVParser.ParseError) {
            return try CSVParser.parse(bytes)
        } catch {
            throw csvError(error, name: name)
        }
    }

    private static func csvError(_ error: CSVParser.ParseError, name: String) -> VigiaError {
        if error.kind == .empty { return VigiaError(.invalidData, "\(name): file is empty") }
        return VigiaError(.invalidData, "\(name):\(error.line): \(error.reason)")
    }

    /// Finds each wanted column by name, ignoring surrounding whitespace and letter case as spreadsheets vary both.
    private static func columnIndices(
        of wanted: [String], in table: CSVParser.Table, name: String
    ) throws(VigiaError) -> [Int] {
        let names = table.header.map { trimmed($0).lowercased() }
        var indices: [Int] = []
        var missing: [String] = []
        for column in wanted {
            let matches = names.indices.filter { names[$0] == column }
            if matches.count > 1 {
                throw VigiaError(.invalidData, "\(name):\(table.headerLine): column '\(column)' appears twice")
            }
            if let index = matches.first { indices.append(index) } else { missing.append("'\(column)'") }
        }
        guard missing.isEmpty else {
            let header = table.header.map { oneLine(trimmed($0)) }.joined(separator: ", ")
            throw VigiaError(
                .invalidData,
                "\(name):\(table.headerLine): missing \(missing.count == 1 ? "column" : "columns") "
                    + "\(missing.joined(separator: " and ")) (header has: \(header))")
        }
        return indices
    }

    /// Calls `body` with each non-blank line (without its line end) and its 1-based number, after checking that
    /// the line is UTF-8, so the error names the line of the first bad byte.
    private static func forEachLine(
        of bytes: [UInt8], name: String, _ body: (ArraySlice<UInt8>, Int) throws(VigiaError) -> Void
    ) throws(VigiaError) {
        let lineFeed = UInt8(ascii: "\n")
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: lineFeed) ?? bytes.count
            var line = bytes[start..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                guard String(validating: line, as: UTF8.self) != nil else {
                    throw VigiaError(.invalidData, "\(name):\(number): invalid UTF-8")
                }
                try body(line, number)
            }
            start = end + 1
            number += 1
        }
    }

    private static func decodeJSON<Row: Decodable>(
        _ type: Row.Type, _ line: ArraySlice<UInt8>, _ decoder: JSONDecoder, name: String, line number: Int,
        expected: String
    ) throws(VigiaError) -> Row {
        do {
            return try decoder.decode(type, from: Data(line))
        } catch DecodingError.dataCorrupted {
            // Only malformed JSON gets here: a well-formed value of the wrong shape is a type or key error.
            throw VigiaError(.invalidData, "\(name):\(number): invalid JSON (\(expected))")
        } catch {
            throw VigiaError(.invalidData, "\(name):\(number): \(expected)")
        }
    }

    private static func cleanText(_ raw: String, name: String, line: Int) throws(VigiaError) -> String {
        let text = trimmed(raw)
        guard !text.isEmpty else { throw VigiaError(.invalidData, "\(name):\(line): empty text") }
        return text
    }

    /// `known` remembers labels already found valid: a file repeats a handful of labels many thousand times.
    private static func cleanLabel(
        _ raw: String, name: String, line: Int, known: inout Set<String>
    ) throws(VigiaError) -> String {
        let label = trimmed(raw)
        if known.contains(label) { return label }
        guard !label.isEmpty else { throw VigiaError(.invalidData, "\(name):\(line): empty label") }
        guard Taxonomy.isValidLabel(label) else {
            throw VigiaError(
                .invalidData,
                "\(name):\(line): invalid label \(quoted(label)) (label ids are lowercase ASCII letters, digits, "
                    + "'_' and '-', with '.' between levels)")
        }
        known.insert(label)
        return label
    }

    /// `text` without surrounding whitespace (Unicode's, so a no-break space pasted from a web page goes too).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        // Most values start and end with a visible ASCII character and need no work at all.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[start...end])
    }

    /// A value quoted for an error message, with line breaks and control characters escaped and long values cut, so
    /// the message stays one readable line whatever the data holds.
    static func quoted(_ value: String) -> String { "'\(oneLine(value))'" }

    /// `value` with line breaks and control characters escaped and cut to a readable length.
    public static func oneLine(_ value: String, limit: Int = 80) -> String {
        var result = ""
        for (offset, scalar) in value.unicodeScalars.enumerated() {
            guard offset < limit else {
                result += "…"
                break
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                // Other controls and Unicode's line and paragraph separators would break the line or hide text.
                let isBreaking =
                    scalar.properties.generalCategory == .control || scalar.value == 0x2028
                    || scalar.value == 0x2029
                if isBreaking {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
