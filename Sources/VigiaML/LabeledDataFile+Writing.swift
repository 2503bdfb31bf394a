import Foundation
import VigiaCore
import VigiaText

extension LabeledDataFile {
    /// Writes CSV with header `text,label`, quoting fields when needed (comma, quote, newline, leading/trailing space).
    ///
    /// The file is replaced atomically, so a reader never sees half of it. The output reads back with ``read(path:)``
    /// as the same examples, provided texts have no surrounding whitespace and labels are valid label ids (reading
    /// trims and checks both).
    public static func writeCSV(_ examples: [LabeledExample], to path: String) throws(VigiaError) {
        try write(csvBytes(examples), to: path)
    }

    /// Writes `lines`, each followed by a newline, replacing the file atomically (JSON Lines).
    public static func writeLines(_ lines: [String], to path: String) throws(VigiaError) {
        var bytes: [UInt8] = []
        for line in lines {
            bytes += line.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        try write(bytes, to: path)
    }

    private static func write(_ bytes: [UInt8], to path: String) throws(VigiaError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw VigiaError(.io, "\(path): cannot write the file (\(oneLine(error.localizedDescription)))")
        }
    }

    /// The bytes ``writeCSV(_:to:)`` writes: UTF-8 without a byte order mark, LF line ends; for writing to stdout.
    public static func csvBytes(_ examples: [LabeledExample]) -> [UInt8] {
        var bytes = Array("text,label\n".utf8)
        bytes.reserveCapacity(examples.reduce(bytes.count) { $0 + $1.text.utf8.count + $1.label.utf8.count + 4 })
        for example in examples { CSVWriter.appendRecord([example.text, example.label], to: &bytes) }
        return bytes
    }
}
