import Foundation
import VigiaCore

/// The binary model file: versioned, checksummed, with a JSON metadata header.
///
/// Layout (little-endian):
/// ```
/// "VIGIAMDL"                 magic, 8 bytes
/// UInt32 format version      currently 1
/// UInt32 n, n bytes          metadata as JSON with sorted keys (taxonomy, labels, parameters, fingerprint, metrics)
/// UInt32 n                   word table: n × (UInt64 word hash, UInt16 feature count, Float32 scale, L × Int8)
/// UInt32 n                   bucket table: n × (UInt32 bucket + 1, Float32 scale, L × Int8)
/// UInt32 CRC-32              of every byte before it
/// ```
/// Entries are sorted by key and nothing depends on the time of writing, so the same model gives the same bytes.
public enum ModelFile {
    static let magic = Array("VIGIAMDL".utf8)
    public static let formatVersion: UInt32 = 1

    public static func encode(_ model: ClassifierModel) -> [UInt8] {
        var bytes = magic
        append(formatVersion, to: &bytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain Codable values to JSON cannot fail.
        let metadata = try! encoder.encode(model.metadata)
        append(UInt32(metadata.count), to: &bytes)
        bytes.append(contentsOf: metadata)
        let words = model.words.entries()
        append(UInt32(words.count), to: &bytes)
        for entry in words {
            append(entry.key, to: &bytes)
            append(entry.featureCount, to: &bytes)
            append(entry.scale.bitPattern, to: &bytes)
            bytes.append(contentsOf: entry.values.map { UInt8(bitPattern: $0) })
        }
        let buckets = model.buckets.entries()
        append(UInt32(buckets.count), to: &bytes)
        for entry in buckets {
            append(UInt32(entry.key), to: &bytes)
            append(entry.scale.bitPattern, to: &bytes)
            bytes.append(contentsOf: entry.values.map { UInt8(bitPattern: $0) })
        }
        append(CRC32.checksum(bytes), to: &bytes)
        return bytes
    }

    public static func decode(_ bytes: [UInt8], source: String = "model") throws(VigiaError) -> ClassifierModel {
        func corrupt(_ reason: String) -> VigiaError { VigiaError(.corruptModel, "\(source): \(reason)") }
        guard bytes.count >= magic.count, Array(bytes.prefix(magic.count)) == magic else {
            throw corrupt("not a Vigia model file (bad magic bytes)")
        }
        guard bytes.count >= magic.count + 8 else { throw corrupt("truncated model file") }
        var reader = Reader(bytes: bytes, position: magic.count)
        let version: UInt32 = try reader.read(or: corrupt("truncated model file"))
        guard version == formatVersion else {
            throw corrupt(
                "model format version \(version) is not supported (this Vigia reads version \(formatVersion))")
        }
        let stored = bytes.suffix(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
        guard CRC32.checksum(bytes.dropLast(4)) == stored else {
            throw corrupt("checksum mismatch: the file is truncated or corrupted")
        }
        let metadataLength: UInt32 = try reader.read(or: corrupt("truncated model file"))
        let metadataBytes = try reader.bytes(Int(metadataLength), or: corrupt("truncated metadata"))
        let metadata: ModelMetadata
        do {
            metadata = try JSONDecoder().decode(ModelMetadata.self, from: Data(metadataBytes))
        } catch {
            throw corrupt("unreadable metadata (\(error))")
        }
        guard metadata.featureHashingVersion == FeatureHashing.version else {
            throw corrupt("made with feature hashing version \(metadata.featureHashingVersion); retrain it")
        }
        let labelCount = metadata.labels.count
        let truncated = corrupt("truncated tables")

        func values() throws(VigiaError) -> [Int8] {
            try reader.bytes(labelCount, or: truncated).map { Int8(bitPattern: $0) }
        }
        var words: [QuantizedTable.Entry] = []
        for _ in 0..<(try reader.read(or: truncated) as UInt32) {
            words.append(
                QuantizedTable.Entry(
                    key: try reader.read(or: truncated), featureCount: try reader.read(or: truncated),
                    scale: Float(bitPattern: try reader.read(or: truncated)), values: try values()))
        }
        var buckets: [QuantizedTable.Entry] = []
        for _ in 0..<(try reader.read(or: truncated) as UInt32) {
            let key: UInt32 = try reader.read(or: truncated)
            buckets.append(
                QuantizedTable.Entry(
                    key: UInt64(key), featureCount: 1, scale: Float(bitPattern: try reader.read(or: truncated)),
                    values: try values()))
        }
        guard reader.position == bytes.count - 4 else { throw corrupt("unexpected bytes after the tables") }
        for table in [words, buckets] {
            guard table.allSatisfy({ $0.key != 0 && $0.scale.isFinite }), Set(table.map(\.key)).count == table.count
            else { throw corrupt("invalid table entries") }
        }
        return try ClassifierModel(
            metadata: metadata, words: QuantizedTable(entries: words, labelCount: labelCount),
            buckets: QuantizedTable(entries: buckets, labelCount: labelCount))
    }

    /// Writes the model atomically (a temporary file renamed into place), so a crash never leaves half a model.
    public static func write(_ model: ClassifierModel, to path: String) throws(VigiaError) {
        do {
            try Data(encode(model)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw VigiaError(.io, "\(path): cannot write model (\(error.localizedDescription))")
        }
    }

    public static func read(from path: String) throws(VigiaError) -> ClassifierModel {
        guard FileManager.default.fileExists(atPath: path) else {
            throw VigiaError(.notFound, "\(path): no such model file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw VigiaError(.io, "\(path): cannot read model file")
        }
        return try decode([UInt8](data), source: path)
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position: Int

        mutating func read<T: FixedWidthInteger>(or error: VigiaError) throws(VigiaError) -> T {
            let size = MemoryLayout<T>.size
            guard position + size <= bytes.count - 4 else { throw error }
            var value: T = 0
            for offset in 0..<size { value |= T(bytes[position + offset]) << (8 * offset) }
            position += size
            return value
        }

        mutating func bytes(_ count: Int, or error: VigiaError) throws(VigiaError) -> ArraySlice<UInt8> {
            guard count >= 0, position + count <= bytes.count - 4 else { throw error }
            defer { position += count }
            return bytes[position..<(position + count)]
        }
    }
}
