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
        for example in examples { CSVWriter.appendRecord([example.text, example.label], to: &bytes) }
        return bytes
    }
}
