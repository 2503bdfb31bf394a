import Foundation
import VigiaCore

/// The binary model file: versioned, checksummed, with a JSON metadata header.
///
/// Layout (little-endian):
/// ```
/// "VIGIAMDL"                 magic, 8 bytes
/// UInt32 format version      currently 1
/// UInt32 n, n bytes          metadata as JSON with sorted keys (taxonomy, labels, parameters, fingerprint, metrics)
/// Float32 scale, UInt32 n    word table: n × (UInt64 word hash, UInt16 feature count, L × Int8)
/// Float32 scale, UInt32 n    bucket table: n × (UInt32 bucket + 1, L × Int8)
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
        append(model.words.scale.bitPattern, to: &bytes)
        append(UInt32(words.count), to: &bytes)
        for entry in words {
            append(entry.key, to: &bytes)
            append(entry.featureCount, to: &bytes)
            bytes.append(contentsOf: entry.values.map { UInt8(bitPattern: $0) })
        }
        let buckets = model.buckets.entries()
        append(model.buckets.scale.bitPattern, to: &bytes)
        append(UInt32(buckets.count), to: &bytes)
        for entry in buckets {
            append(UInt32(entry.key), to: &bytes)
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
            throw corrupt("model format version \(version) is not supported (this Vigia reads version \(formatVersion))")
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

        let wordScale = Float(bitPattern: try reader.read(or: truncated))
        let wordCount: UInt32 = try reader.read(or: truncated)
        var wordKeys: [UInt64] = []
        var wordCounts: [UInt16] = []
        var wordValues: [Int8] = []
        for _ in 0..<wordCount {
            wordKeys.append(try reader.read(or: truncated))
            wordCounts.append(try reader.read(or: truncated))
            wordValues.append(contentsOf: try reader.bytes(labelCount, or: truncated).map { Int8(bitPattern: $0) })
        }
        let bucketScale = Float(bitPattern: try reader.read(or: truncated))
        let bucketCount: UInt32 = try reader.read(or: truncated)
        var bucketKeys: [UInt64] = []
        var bucketValues: [Int8] = []
        for _ in 0..<bucketCount {
            let key: UInt32 = try reader.read(or: truncated)
            bucketKeys.append(UInt64(key))
            bucketValues.append(contentsOf: try reader.bytes(labelCount, or: truncated).map { Int8(bitPattern: $0) })
        }
        guard reader.position == bytes.count - 4 else { throw corrupt("unexpected bytes after the tables") }
        guard !wordKeys.contains(0), !bucketKeys.contains(0), Set(wordKeys).count == wordKeys.count,
            Set(bucketKeys).count == bucketKeys.count
        else { throw corrupt("invalid table keys") }
        return try ClassifierModel(
            metadata: metadata,
            words: QuantizedTable(
                keys: wordKeys, values: wordValues, featureCounts: wordCounts, labelCount: labelCount,
                scale: wordScale),
            buckets: QuantizedTable(
                keys: bucketKeys, values: bucketValues,
                featureCounts: [UInt16](repeating: 1, count: bucketKeys.count), labelCount: labelCount,
                scale: bucketScale))
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
