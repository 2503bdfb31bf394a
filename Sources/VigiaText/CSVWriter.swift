/// Writes RFC 4180 CSV, the counterpart of ``CSVParser``.
public enum CSVWriter {
    /// Appends one record (fields and a line feed) to `bytes`.
    public static func appendRecord(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendField(field, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Appends one field, quoted when it holds a comma, a quote or a line break, or starts or ends with white space
    /// (which readers would otherwise trim).
    public static func appendField(_ field: String, to bytes: inout [UInt8]) {
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
