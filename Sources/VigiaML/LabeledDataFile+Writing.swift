import Foundation
import VigiaCore

extension LabeledDataFile {
    /// Writes CSV with header `text,label`, quoting fields when needed (comma, quote, newline, leading/trailing space).
    ///
    /// The file is replaced atomically, so a reader never sees half of it. The output reads back with ``read(path:)``
    /// as the same examples, provided texts have no surrounding whitespace and labels are valid label ids (reading
    /// trims and checks both).
    public static func writeCSV(_ examples: [LabeledExample], to path: String) throws(VigiaError) {
        do {
            try Data(csvBytes(examples)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw VigiaError(.io, "\(path): cannot write the file (\(oneLine(error.localizedDescription)))")
        }
    }

    /// The bytes ``writeCSV(_:to:)`` writes: UTF-8 without a byte order mark, LF line ends; for writing to stdout.
    public static func csvBytes(_ examples: [LabeledExample]) -> [UInt8] {
        var bytes = Array("text,label\n".utf8)
        bytes.reserveCapacity(examples.reduce(bytes.count) { $0 + $1.text.utf8.count + $1.label.utf8.count + 4 })
        for example in examples {
            appendField(example.text, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            appendField(example.label, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    private static func appendField(_ field: String, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let needsQuotes =
            field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(quote)
        for byte in field.utf8 {
            // RFC 4180 escapes a quote inside a quoted field by doubling it.
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }
}
