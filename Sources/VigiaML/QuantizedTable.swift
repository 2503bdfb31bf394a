/// Rows of per-label logit contributions, quantized to Int8 with a scale per row, found by key through open
/// addressing.
///
/// The classifier's inner loop is: find the row of a feature, add it to an accumulator. Keeping a row at one byte
/// per label (padded to 16 for SIMD) in the same 32-byte record as its key means a lookup costs one cache line,
/// and a table of tens of thousands of features stays in cache — where fastText's 400 MB float matrix loses its
/// time.
struct QuantizedTable: Sendable {
    /// One stored row: its key (never 0), how many features it stands for, and its quantized values.
    struct Entry: Sendable, Equatable {
        var key: UInt64
        var featureCount: UInt16
        var scale: Float
        var values: [Int8]
    }

    private let memory: TableMemory
    let labelCount: Int
    /// Number of 16-byte chunks in a row.
    let chunks: Int
    let entryCount: Int

    init(entries: [Entry], labelCount: Int) {
        self.labelCount = labelCount
        chunks = (labelCount + 15) / 16
        entryCount = entries.count
        // At most two thirds full: linear probing stays short, and the table stays small.
        var slots = 16
        while slots * 2 < entries.count * 3 { slots *= 2 }
        memory = TableMemory(slots: slots, chunks: chunks)
        for entry in entries {
            precondition(entry.key != 0 && entry.values.count == labelCount)
            var slot = memory.slot(of: entry.key)
            while memory.key(at: slot) != 0 { slot = (slot + 1) & memory.mask }
            let record = memory.record(slot)
            record.storeBytes(of: entry.key, as: UInt64.self)
            record.storeBytes(of: entry.featureCount, toByteOffset: 8, as: UInt16.self)
            record.storeBytes(of: entry.scale, toByteOffset: 12, as: Float.self)
            let row = (record + TableMemory.rowOffset).assumingMemoryBound(to: Int8.self)
            for label in 0..<labelCount { row[label] = entry.values[label] }
        }
    }

    /// The slot holding `key`, or nil.
    @inline(__always)
    func find(_ key: UInt64) -> Int? {
        var slot = memory.slot(of: key)
        while true {
            let stored = memory.key(at: slot)
            if stored == key { return slot }
            if stored == 0 { return nil }
            slot = (slot + 1) & memory.mask
        }
    }

    @inline(__always)
    func featureCount(at slot: Int) -> Int { Int(memory.record(slot).load(fromByteOffset: 8, as: UInt16.self)) }

    /// Adds the row at `slot`, dequantized, to `accumulator` (`16 × chunks` floats).
    @inline(__always)
    func add(slot: Int, to accumulator: UnsafeMutablePointer<Float>) {
        let record = UnsafeRawPointer(memory.record(slot))
        let scale = record.load(fromByteOffset: 12, as: Float.self)
        let row = (record + TableMemory.rowOffset).assumingMemoryBound(to: Int8.self)
        // A plain loop over a multiple of 16 lanes: the compiler vectorizes it, where SIMD16 conversions between
        // integer and float types become calls.
        for lane in 0..<(16 * chunks) { accumulator[lane] += Float(row[lane]) * scale }
    }

    /// Entries in key order, for writing the table to a file.
    func entries() -> [Entry] {
        (0..<memory.slots).filter { memory.key(at: $0) != 0 }.sorted { memory.key(at: $0) < memory.key(at: $1) }.map {
            slot in
            let record = memory.record(slot)
            let row = (record + TableMemory.rowOffset).assumingMemoryBound(to: Int8.self)
            return Entry(
                key: memory.key(at: slot), featureCount: UInt16(featureCount(at: slot)),
                scale: record.load(fromByteOffset: 12, as: Float.self),
                values: Array(UnsafeBufferPointer(start: row, count: labelCount)))
        }
    }
}

extension QuantizedTable.Entry {
    /// Quantizes a row of floats symmetrically to Int8 with its own scale.
    init(key: UInt64, featureCount: UInt16, row: ArraySlice<Float>) {
        let largest = row.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 127 : 1
        self.init(
            key: key, featureCount: featureCount, scale: scale, values: row.map { Int8(($0 / scale).rounded()) })
    }
}

/// The table's memory: one record per slot — key (8 bytes), feature count (2), padding (2), scale (4), row (16 per
/// chunk) — so that a lookup that finds its key has the row in the same cache line. Written once while the table
/// is built, then only read.
///
/// `@unchecked Sendable` because raw pointers are not Sendable; sharing is safe since nothing writes after
/// `QuantizedTable.init` returns. Raw memory (rather than arrays) keeps the hot loop free of bounds checks and
/// lets records be aligned to cache lines.
private final class TableMemory: @unchecked Sendable {
    static let rowOffset = 16
    let slots: Int
    let mask: Int
    let stride: Int
    private let records: UnsafeMutableRawPointer

    init(slots: Int, chunks: Int) {
        self.slots = slots
        mask = slots - 1
        stride = Self.rowOffset + 16 * chunks
        records = .allocate(byteCount: slots * stride, alignment: 64)
        records.initializeMemory(as: UInt8.self, repeating: 0, count: slots * stride)
    }

    @inline(__always)
    func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    @inline(__always)
    func record(_ slot: Int) -> UnsafeMutableRawPointer { records + slot * stride }

    @inline(__always)
    func key(at slot: Int) -> UInt64 { records.load(fromByteOffset: slot * stride, as: UInt64.self) }

    deinit { records.deallocate() }
}
