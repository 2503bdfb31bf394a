/// Reads RFC 4180 CSV from UTF-8 bytes: a header row followed by records with as many fields.
///
/// Beyond the RFC it accepts what spreadsheets and scripts actually write: LF as well as CRLF line ends, a UTF-8
/// byte order mark at the very start, and blank lines (empty, or only spaces and tabs), which are skipped.
/// A quote inside an unquoted field is kept as an ordinary character, because chat text written by hand
/// (`ele disse "oi"`) is common and unambiguous there.
///
/// It stays strict where guessing would corrupt data silently: a quote that never closes, a row whose field count
/// differs from the header's, characters after a closing quote, and bytes that are not UTF-8 are errors that name
/// the physical line they are on.
///
/// It is a pure function over bytes, with no Foundation and no I/O, so every source (files, stdin, HTTP bodies)
/// parses the same way.
public enum CSVParser {
    /// One data row and the 1-based physical line it starts on (a quoted newline makes a row span lines).
    public struct Record: Sendable, Hashable {
        public let line: Int
        /// The fields in header order, unquoted and unescaped, not trimmed.
        public let fields: [String]

        /// Creates a record; the parser is the usual source of records.
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// A parsed file: the header's column names and every data row.
    public struct Table: Sendable, Hashable {
        /// Column names as written (not trimmed), in order.
        public let header: [String]
        /// The physical line of the header: 1 unless blank lines come first.
        public let headerLine: Int
        /// Data rows in file order; each has exactly `header.count` fields.
        public let records: [Record]

        /// Creates a table; the parser is the usual source of tables.
        public init(header: [String], headerLine: Int, records: [Record]) {
            self.header = header
            self.headerLine = headerLine
            self.records = records
        }
    }

    /// Why the bytes are not valid CSV, and the 1-based physical line where the problem is.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The kinds of malformed input the parser reports.
        public enum Kind: Sendable, Hashable {
            /// There is no header row: the input is empty or holds only blank lines.
            case empty
            /// A quoted field never closes; the line is where its opening quote is.
            case unterminatedQuote
            /// A row has a different number of fields than the header; the line is where the row starts.
            case fieldCountMismatch(expected: Int, found: Int)
            /// Something other than a comma or a line end follows a closing quote.
            case characterAfterClosingQuote
            /// The bytes are not UTF-8; the line is where the first bad byte is.
            case invalidUTF8
        }

        public let kind: Kind
        public let line: Int

        /// Creates an error; the parser is the usual source of errors.
        public init(_ kind: Kind, line: Int) {
            self.kind = kind
            self.line = line
        }

        /// What is wrong, without the line number, so callers can prefix their own location (`data.csv:7: …`).
        public var reason: String {
            switch kind {
            case .empty:
                "no header row (the input is empty)"
            case .unterminatedQuote:
                "unterminated quoted field (the quote opened on this line never closes)"
            case .fieldCountMismatch(let expected, let found):
                "expected \(expected) \(expected == 1 ? "field" : "fields") as in the header, found \(found)"
            case .characterAfterClosingQuote:
                "unexpected character after a closing quote (write a quote inside a quoted field as \"\")"
            case .invalidUTF8:
                "invalid UTF-8"
            }
        }

        /// `line N: reason`.
        public var description: String { "line \(line): \(reason)" }
    }

    /// Parses `bytes` as CSV with a header row.
    ///
    /// Every record is checked against the header's field count, and every field is checked to be UTF-8 before
    /// it becomes a `String` (decoding would otherwise repair bad bytes silently).
    public static func parse(_ bytes: [UInt8]) throws(ParseError) -> Table {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ParseError) -> Table in
                var scanner = CSVScanner(bytes: buffer)
                return try scanner.parseTable()
            }
        }
        return try result.get()
    }
}

/// The single pass over the bytes. It works on a buffer pointer and index arithmetic because this loop is the whole
/// cost of reading a training file; fields become strings straight from byte ranges without intermediate copies,
/// except quoted fields holding doubled quotes, which are unescaped into one reused scratch buffer.
private struct CSVScanner {
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    typealias ParseError = CSVParser.ParseError

    private let bytes: UnsafeBufferPointer<UInt8>
    private let count: Int
    private var index = 0
    private var line = 1
    private var unescaped: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.count = bytes.count
        // A byte order mark says nothing in UTF-8; editors on Windows add it and it would end up in the first name.
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            index = 3
        }
    }

    mutating func parseTable() throws(ParseError) -> CSVParser.Table {
        var header: [String]?
        var headerLine = 0
        var records: [CSVParser.Record] = []
        while skipBlankLines() {
            let recordLine = line
            var fields: [String] = []
            fields.reserveCapacity(header?.count ?? 4)
            try readRecord(into: &fields)
            if let header {
                guard fields.count == header.count else {
                    throw ParseError(.fieldCountMismatch(expected: header.count, found: fields.count), line: recordLine)
                }
                records.append(CSVParser.Record(line: recordLine, fields: fields))
            } else {
                header = fields
                headerLine = recordLine
            }
        }
        guard let header else { throw ParseError(.empty, line: line) }
        return CSVParser.Table(header: header, headerLine: headerLine, records: records)
    }

    /// Moves past lines that are empty or hold only spaces and tabs; returns whether a record follows.
    private mutating func skipBlankLines() -> Bool {
        while index < count {
            var probe = index
            while probe < count && (bytes[probe] == Self.space || bytes[probe] == Self.tab) {
                probe += 1
            }
            if probe == count {
                index = count
                return false
            }
            if bytes[probe] == Self.lineFeed {
                index = probe + 1
            } else if bytes[probe] == Self.carriageReturn && (probe + 1 == count || bytes[probe + 1] == Self.lineFeed) {
                index = min(probe + 2, count)
            } else {
                return true
            }
            line += 1
        }
        return false
    }

    /// Reads fields up to and including the record's line end (or the end of input).
    private mutating func readRecord(into fields: inout [String]) throws(ParseError) {
        while true {
            if index < count && bytes[index] == Self.quote {
                fields.append(try readQuotedField())
                guard index < count else { return }
                let next = bytes[index]
                if next == Self.comma {
                    index += 1
                } else if next == Self.lineFeed {
                    index += 1
                    line += 1
                    return
                } else if next == Self.carriageReturn && (index + 1 == count || bytes[index + 1] == Self.lineFeed) {
                    index = min(index + 2, count)
                    line += 1
                    return
                } else {
                    throw ParseError(.characterAfterClosingQuote, line: line)
                }
            } else {
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == Self.comma || byte == Self.lineFeed { break }
                    index += 1
                }
                let endsRecord = index == count || bytes[index] == Self.lineFeed
                var end = index
                // The CR of a CRLF belongs to the line end, not the field; a lone CR elsewhere is data.
                if endsRecord && end > start && bytes[end - 1] == Self.carriageReturn {
                    end -= 1
                }
                fields.append(try decode(start..<end, firstLine: line))
                guard index < count else { return }
                index += 1
                if endsRecord {
                    line += 1
                    return
                }
            }
        }
    }

    /// Reads a quoted field starting at its opening quote and leaves `index` just past the closing quote.
    private mutating func readQuotedField() throws(ParseError) -> String {
        let openingLine = line
        index += 1
        let start = index
        var hasDoubledQuotes = false
        while true {
            guard index < count else { throw ParseError(.unterminatedQuote, line: openingLine) }
            let byte = bytes[index]
            if byte == Self.quote {
                guard index + 1 < count && bytes[index + 1] == Self.quote else { break }
                hasDoubledQuotes = true
                index += 2
                continue
            }
            if byte == Self.lineFeed { line += 1 }
            index += 1
        }
        let end = index
        index += 1
        guard hasDoubledQuotes else { return try decode(start..<end, firstLine: openingLine) }

        unescaped.removeAll(keepingCapacity: true)
        var position = start
        while position < end {
            let byte = bytes[position]
            unescaped.append(byte)
            // Inside the field every quote is the first of a pair (a lone one would have closed the field).
            position += byte == Self.quote ? 2 : 1
        }
        return try unescaped.withUnsafeBufferPointer { field in
            Result { () throws(ParseError) -> String in try Self.decode(field, firstLine: openingLine) }
        }.get()
    }

    private func decode(_ range: Range<Int>, firstLine: Int) throws(ParseError) -> String {
        try Self.decode(UnsafeBufferPointer(rebasing: bytes[range]), firstLine: firstLine)
    }

    /// Validates before decoding because `String(decoding:)` would replace bad bytes with U+FFFD without a word.
    /// (`String(validating:)` does both at once, but it is generic and not specialized, three times slower here.)
    private static func decode(_ field: UnsafeBufferPointer<UInt8>, firstLine: Int) throws(ParseError) -> String {
        if let offset = firstInvalidUTF8Offset(in: field) {
            let line = firstLine + field[..<offset].reduce(0) { $0 + ($1 == lineFeed ? 1 : 0) }
            throw ParseError(.invalidUTF8, line: line)
        }
        return String(decoding: field, as: UTF8.self)
    }

    /// Where the first byte that is not part of a well-formed UTF-8 sequence (Unicode 15, table 3-7) is, if any.
    private static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            // Chat text is mostly ASCII: skip eight bytes at a time while none has its high bit set.
            while index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { return nil }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte depends on the lead byte; it excludes overlong forms,
            // UTF-16 surrogates and code points above U+10FFFF.
            let length: Int
            let second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return index
            }
            guard index + 1 < count, second.contains(bytes[index + 1]) else { return index }
            for continuation in 2..<length {
                guard index + continuation < count, (0x80...0xBF).contains(bytes[index + continuation]) else {
                    return index
                }
            }
            index += length
        }
        return nil
    }
}
