/// Rows of per-label logit contributions, quantized to Int8 and found by key through open addressing.
///
/// The classifier's inner loop is: find the row of a feature, add it to an accumulator. Keeping rows at one byte
/// per label (padded to 16 for SIMD) and the keys in a half-empty linear-probing table keeps the working set of a
/// model small enough to stay in cache, which is where fastText's 400 MB float matrix loses its time.
struct QuantizedTable: Sendable {
    private let memory: TableMemory
    let labelCount: Int
    /// Number of 16-byte chunks in a row.
    let chunks: Int
    let scale: Float
    let entryCount: Int

    /// Builds the table from rows already quantized (`values.count == keys.count × labelCount`). Keys must not be 0.
    init(keys: [UInt64], values: [Int8], featureCounts: [UInt16], labelCount: Int, scale: Float) {
        precondition(values.count == keys.count * labelCount && featureCounts.count == keys.count)
        self.labelCount = labelCount
        chunks = (labelCount + 15) / 16
        self.scale = scale
        entryCount = keys.count
        var slots = 16
        while slots < keys.count * 2 { slots *= 2 }
        memory = TableMemory(slots: slots, stride: chunks * 16)
        for (entry, key) in keys.enumerated() {
            precondition(key != 0, "key 0 marks empty slots")
            var slot = memory.slot(of: key)
            while memory.keys[slot] != 0 { slot = (slot + 1) & memory.mask }
            memory.keys[slot] = key
            memory.featureCounts[slot] = featureCounts[entry]
            let row = memory.rows.advanced(by: slot * memory.stride).assumingMemoryBound(to: Int8.self)
            for label in 0..<labelCount { row[label] = values[entry * labelCount + label] }
        }
    }

    /// The slot holding `key`, or nil.
    @inline(__always)
    func find(_ key: UInt64) -> Int? {
        var slot = memory.slot(of: key)
        while true {
            let stored = memory.keys[slot]
            if stored == key { return slot }
            if stored == 0 { return nil }
            slot = (slot + 1) & memory.mask
        }
    }

    @inline(__always)
    func featureCount(at slot: Int) -> Int { Int(memory.featureCounts[slot]) }

    /// Adds the row at `slot` to `accumulator` (`chunks` SIMD vectors).
    @inline(__always)
    func add(slot: Int, to accumulator: UnsafeMutablePointer<SIMD16<Int32>>) {
        let row = UnsafeRawPointer(memory.rows.advanced(by: slot * memory.stride))
        for chunk in 0..<chunks {
            accumulator[chunk] &+= SIMD16<Int32>(truncatingIfNeeded: row.load(fromByteOffset: chunk * 16, as: SIMD16<Int8>.self))
        }
    }

    /// Entries in key order, for writing the table to a file.
    func entries() -> [(key: UInt64, featureCount: UInt16, values: [Int8])] {
        (0..<memory.slots).filter { memory.keys[$0] != 0 }.sorted { memory.keys[$0] < memory.keys[$1] }.map { slot in
            let row = memory.rows.advanced(by: slot * memory.stride).assumingMemoryBound(to: Int8.self)
            return (memory.keys[slot], memory.featureCounts[slot], Array(UnsafeBufferPointer(start: row, count: labelCount)))
        }
    }
}

/// The table's memory: written once while the table is built, then only read.
///
/// `@unchecked Sendable` because raw pointers are not Sendable; sharing is safe since nothing writes after
/// `QuantizedTable.init` returns. Raw memory (rather than arrays) keeps the hot loop free of bounds checks and
/// lets rows be aligned to 64 bytes.
private final class TableMemory: @unchecked Sendable {
    let slots: Int
    let mask: Int
    let stride: Int
    let keys: UnsafeMutablePointer<UInt64>
    let featureCounts: UnsafeMutablePointer<UInt16>
    let rows: UnsafeMutableRawPointer

    init(slots: Int, stride: Int) {
        self.slots = slots
        mask = slots - 1
        self.stride = stride
        keys = .allocate(capacity: slots)
        keys.initialize(repeating: 0, count: slots)
        featureCounts = .allocate(capacity: slots)
        featureCounts.initialize(repeating: 0, count: slots)
        rows = .allocate(byteCount: slots * stride, alignment: 64)
        rows.initializeMemory(as: UInt8.self, repeating: 0, count: slots * stride)
    }

    @inline(__always)
    func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    deinit {
        keys.deallocate()
        featureCounts.deallocate()
        rows.deallocate()
    }
}

/// Symmetric Int8 quantization of float rows with one scale per table.
enum Quantizer {
    static func quantize(_ values: [Float]) -> (values: [Int8], scale: Float) {
        let largest = values.reduce(Float(0)) { max($0, abs($1)) }
        guard largest > 0 else { return ([Int8](repeating: 0, count: values.count), 1) }
        let scale = largest / 127
        return (values.map { Int8(($0 / scale).rounded()) }, scale)
    }
}
