import Foundation
import VigiaCore

/// Messages of one stream, stored together in one row of `message_blocks`.
///
/// A row per message costs SQLite several B-tree inserts (the row, its indexes, a full-text document, a row per
/// prediction): about 70,000 messages per second on this project's 2-core machines. Messages are immutable once
/// stored, so the writer packs each stream's messages of a transaction into blocks of up to ``capacity``: a block
/// is one row, one full-text document and one row per distinct label, whatever its size. Queries prune blocks by
/// their index rows and summaries, then check each message of the remaining blocks (``MessageFilter``).
///
/// A block covers the id range `id…lastID`; blocks never overlap (the writer gives each block a contiguous run of
/// new ids), so a message id belongs to at most one block and blocks sorted by id give messages sorted by id.
///
/// Payload layout (integers are LEB128 varints): format version, message count, the ids as deltas (the first from
/// the block id), then one record per message, each prefixed by its length so readers can skip it:
/// event time, received time, client id?, author?, text, language?, predictions (count, then taxonomy, label,
/// confidence as 8 bytes), tags (count, then each), extra?. An optional string is its length + 1, or 0 for none.
enum MessageBlock {
    static let formatVersion: UInt8 = 1
    /// Messages per block: large enough that per-row costs vanish, small enough that reading one message or one
    /// page decodes little.
    static let capacity = 1_000

    /// The encoded records of messages, in order, without their ids (ids are given later, by the writer).
    struct Records: Sendable {
        var bytes: [UInt8] = []
        /// Where each record ends in `bytes`.
        var ends: [Int] = []
        /// Each text's word signature (``SearchText/signature(of:)``).
        var signatures: [WordSignature] = []

        init(_ messages: [NewMessage], receivedAt: Timestamp) {
            var body: [UInt8] = []
            bytes.reserveCapacity(messages.count * 96)
            ends.reserveCapacity(messages.count)
            signatures = messages.map { SearchText.signature(of: $0.text) }
            for message in messages {
                body.removeAll(keepingCapacity: true)
                body.appendVarint(message.eventTime.milliseconds)
                body.appendVarint(receivedAt.milliseconds)
                body.appendOptional(message.clientID)
                body.appendOptional(message.author)
                body.appendString(message.text)
                body.appendOptional(message.language)
                body.appendVarint(Int64(message.predictions.count))
                for prediction in message.predictions {
                    body.appendString(prediction.taxonomy)
                    body.appendString(prediction.label)
                    body.appendDouble(prediction.confidence)
                }
                body.appendVarint(Int64(message.tags.count))
                for tag in message.tags { body.appendString(tag) }
                body.appendOptional(message.extra)
                bytes.appendVarint(Int64(body.count))
                bytes.append(contentsOf: body)
                ends.append(bytes.count)
            }
        }

        func record(_ index: Int) -> ArraySlice<UInt8> { bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]] }
    }

    /// A block's row before it is written: its payload and the summaries its index rows are made of.
    struct Draft {
        private(set) var ids: [Int64] = []
        private var records: [UInt8] = []
        private(set) var texts: [String] = []
        private(set) var minEventTime = Int64.max
        private(set) var maxEventTime = Int64.min
        private(set) var labels: [LabelKey: ClosedRange<Double>] = [:]

        struct LabelKey: Hashable {
            let taxonomy: String
            let label: String
        }

        var count: Int { ids.count }

        /// The messages' word signatures, 16 bytes each (low then high half, little-endian): a column of their
        /// own, so a search can rule out most messages without reading the payload.
        private(set) var wordSignatures: [UInt8] = []

        /// Adds the message at `index` of `encoded`.
        mutating func add(_ message: NewMessage, id: Int64, from encoded: Records, at index: Int) {
            wordSignatures.appendLittleEndian(encoded.signatures[index].low)
            wordSignatures.appendLittleEndian(encoded.signatures[index].high)
            ids.append(id)
            records.append(contentsOf: encoded.record(index))
            texts.append(message.text)
            minEventTime = min(minEventTime, message.eventTime.milliseconds)
            maxEventTime = max(maxEventTime, message.eventTime.milliseconds)
            for prediction in message.predictions {
                let key = LabelKey(taxonomy: prediction.taxonomy, label: prediction.label)
                let confidence = prediction.confidence
                let seen = labels[key] ?? confidence...confidence
                labels[key] = min(seen.lowerBound, confidence)...max(seen.upperBound, confidence)
            }
        }

        /// The payload of a block whose range starts at `blockID` (its first message's id when it is made; a block
        /// that retention shortened keeps its id).
        func payload(blockID: Int64) -> [UInt8] {
            var payload: [UInt8] = [MessageBlock.formatVersion]
            payload.reserveCapacity(records.count + ids.count * 3 + 8)
            payload.appendVarint(Int64(ids.count))
            var previous = blockID
            for id in ids {
                payload.appendVarint(id - previous)
                previous = id
            }
            payload.append(contentsOf: records)
            return payload
        }

        /// What the full-text index holds for the block: its texts, one per line. Removing a block from the index
        /// needs exactly this text again, so it is always made from the messages, never stored.
        var searchableText: String { MessageBlock.searchableText(texts) }
    }

    static func searchableText(_ texts: [String]) -> String { texts.joined(separator: "\n") }

    /// Reads the messages of a stored block.
    struct Reader {
        let blockID: Int64
        let stream: StreamID
        private let payload: [UInt8]
        private(set) var ids: [Int64] = []
        private var starts: [Int] = []

        init(blockID: Int64, stream: StreamID, payload: [UInt8]) throws(VigiaError) {
            self.blockID = blockID
            self.stream = stream
            self.payload = payload
            var cursor = ByteCursor(payload)
            guard try cursor.byte() == MessageBlock.formatVersion else {
                throw VigiaError(.storage, "message block \(blockID) has an unknown format")
            }
            let count = try cursor.count()
            ids.reserveCapacity(count)
            starts.reserveCapacity(count)
            var id = blockID
            for _ in 0..<count {
                id += try cursor.varint()
                ids.append(id)
            }
            for _ in 0..<count {
                let length = try cursor.count()
                starts.append(cursor.offset)
                try cursor.skip(length)
            }
        }

        var count: Int { ids.count }

        /// Whether a message's text has every one of `words`, read in place before the rest of the message.
        func text(at index: Int, has words: SearchWords) throws(VigiaError) -> Bool {
            guard !words.isEmpty else { return true }
            var cursor = ByteCursor(payload, offset: starts[index])
            _ = try cursor.varint()
            _ = try cursor.varint()
            try cursor.skipOptional()
            try cursor.skipOptional()
            let length = try cursor.count()
            let start = cursor.offset
            return payload.withUnsafeBufferPointer { bytes in
                words.areAll(inUTF8: UnsafeBufferPointer(rebasing: bytes[start..<start + length]))
            }
        }

        func message(at index: Int) throws(VigiaError) -> StoredMessage {
            var cursor = ByteCursor(payload, offset: starts[index])
            let eventTime = try cursor.varint()
            let receivedTime = try cursor.varint()
            let clientID = try cursor.optionalString()
            let author = try cursor.optionalString()
            let text = try cursor.string()
            let language = try cursor.optionalString()
            var predictions: [Prediction] = []
            let predictionCount = try cursor.count()
            predictions.reserveCapacity(predictionCount)
            for _ in 0..<predictionCount {
                predictions.append(
                    Prediction(
                        taxonomy: try cursor.string(), label: try cursor.string(), confidence: try cursor.double()))
            }
            var tags: [String] = []
            for _ in 0..<(try cursor.count()) { tags.append(try cursor.string()) }
            let extra = try cursor.optionalString()
            return StoredMessage(
                id: MessageID(rawValue: ids[index]), stream: stream,
                receivedTime: Timestamp(milliseconds: receivedTime),
                message: NewMessage(
                    clientID: clientID, eventTime: Timestamp(milliseconds: eventTime), author: author, text: text,
                    language: language, predictions: predictions, tags: tags, extra: extra))
        }

        /// The index of the message with `id`, if the block holds it.
        func index(of id: Int64) -> Int? {
            var low = 0
            var high = ids.count
            while low < high {
                let middle = (low + high) / 2
                if ids[middle] < id { low = middle + 1 } else { high = middle }
            }
            return low < ids.count && ids[low] == id ? low : nil
        }

        /// The indices in `range` whose word signature has every bit of `signature`, from a block's
        /// `word_signatures`.
        static func indices(
            in range: Range<Int>, of wordSignatures: Data, matching signature: WordSignature
        ) -> [Int] {
            wordSignatures.withUnsafeBytes { bytes in
                range.filter { index in
                    WordSignature(
                        low: bytes.loadUnaligned(fromByteOffset: index * 16, as: UInt64.self).littleEndian,
                        high: bytes.loadUnaligned(fromByteOffset: index * 16 + 8, as: UInt64.self).littleEndian
                    ).contains(signature)
                }
            }
        }

        /// Every message, in id order.
        func messages() throws(VigiaError) -> [StoredMessage] {
            var messages: [StoredMessage] = []
            messages.reserveCapacity(count)
            for index in 0..<count { messages.append(try message(at: index)) }
            return messages
        }
    }
}

extension [UInt8] {
    fileprivate mutating func appendVarint(_ value: Int64) {
        var rest = UInt64(bitPattern: value)
        while rest >= 0x80 {
            append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }

    fileprivate mutating func appendString(_ value: String) {
        appendVarint(Int64(value.utf8.count))
        append(contentsOf: value.utf8)
    }

    fileprivate mutating func appendOptional(_ value: String?) {
        guard let value else {
            append(0)
            return
        }
        appendVarint(Int64(value.utf8.count) + 1)
        append(contentsOf: value.utf8)
    }

    fileprivate mutating func appendDouble(_ value: Double) { appendLittleEndian(value.bitPattern) }

    fileprivate mutating func appendLittleEndian(_ value: UInt64) {
        var bits = value
        for _ in 0..<8 {
            append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }
}

/// Reads what the `[UInt8]` extension above writes, checking every length against the end of the payload.
private struct ByteCursor {
    let bytes: [UInt8]
    var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    private var damaged: VigiaError { VigiaError(.storage, "a message block is damaged (at byte \(offset))") }

    mutating func byte() throws(VigiaError) -> UInt8 {
        guard offset < bytes.count else { throw damaged }
        offset += 1
        return bytes[offset - 1]
    }

    mutating func varint() throws(VigiaError) -> Int64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64 else { throw damaged }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int64(bitPattern: value) }
            shift += 7
        }
    }

    mutating func count() throws(VigiaError) -> Int {
        let value = try varint()
        // Every count or length is at most the bytes left: each item takes at least one.
        guard value >= 0, value <= Int64(bytes.count - offset) else { throw damaged }
        return Int(value)
    }

    mutating func skip(_ length: Int) throws(VigiaError) {
        guard length <= bytes.count - offset else { throw damaged }
        offset += length
    }

    /// The length of an optional string that follows, or nil for none.
    private mutating func optionalLength() throws(VigiaError) -> Int? {
        let marker = try varint()
        guard marker > 0 else { return nil }
        guard marker - 1 <= Int64(bytes.count - offset) else { throw damaged }
        return Int(marker - 1)
    }

    mutating func skipOptional() throws(VigiaError) {
        offset += try optionalLength() ?? 0
    }

    mutating func string() throws(VigiaError) -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func optionalString() throws(VigiaError) -> String? {
        guard let length = try optionalLength() else { return nil }
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func double() throws(VigiaError) -> Double {
        guard bytes.count - offset >= 8 else { throw damaged }
        var bits: UInt64 = 0
        for shift in 0..<8 { bits |= UInt64(bytes[offset + shift]) << (8 * shift) }
        offset += 8
        return Double(bitPattern: bits)
    }
}
