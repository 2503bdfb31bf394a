/// Normalized tokens of one text, stored contiguously so that classifying a message allocates nothing.
///
/// Reuse one buffer per thread: `TextNormalizer.tokenize` clears it and keeps its capacity.
public struct TokenBuffer: Sendable {
    /// The bytes of all tokens, one after the other.
    public internal(set) var bytes: [UInt8] = []
    /// Where each token starts and ends in `bytes`.
    public internal(set) var starts: [Int32] = []
    public internal(set) var ends: [Int32] = []
    /// Whether each token is a word (letters and digits the user typed) rather than a marker like `<laugh>` or `?`.
    /// Only words get character n-grams.
    public internal(set) var isWord: [Bool] = []

    public init() {
        bytes.reserveCapacity(256)
        starts.reserveCapacity(64)
        ends.reserveCapacity(64)
        isWord.reserveCapacity(64)
    }

    public var count: Int { starts.count }

    /// The token at `index` as a string (for tests and display; the classifier reads `bytes` directly).
    public func token(_ index: Int) -> String {
        String(decoding: bytes[Int(starts[index])..<Int(ends[index])], as: UTF8.self)
    }

    /// All tokens as strings.
    public var tokens: [String] { (0..<count).map(token) }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        isWord.removeAll(keepingCapacity: true)
    }

    /// True when the last token has exactly these bytes (used to fold repeated markers into one).
    func lastTokenEquals(_ marker: StaticString) -> Bool {
        guard let start = starts.last, let end = ends.last, Int(end - start) == marker.utf8CodeUnitCount else {
            return false
        }
        let pointer = marker.utf8Start
        for offset in 0..<marker.utf8CodeUnitCount where bytes[Int(start) + offset] != pointer[offset] {
            return false
        }
        return true
    }

    mutating func appendMarker(_ marker: StaticString) {
        guard !lastTokenEquals(marker) else { return }
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount))
        ends.append(Int32(bytes.count))
        isWord.append(false)
    }

    /// Registers `bytes[start...]` as one token.
    mutating func closeToken(from start: Int, isWord word: Bool) {
        starts.append(Int32(start))
        ends.append(Int32(bytes.count))
        isWord.append(word)
    }
}
