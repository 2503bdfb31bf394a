/// Normalized tokens of one text, stored contiguously so that classifying a message allocates nothing.
///
/// Reuse one buffer per thread: `TextNormalizer.tokenize` overwrites it and keeps its capacity. The arrays are
/// longer than what they hold (room for the next message); ``count`` and ``byteCount`` say how much is meaningful.
public struct TokenBuffer: Sendable {
    /// Token bytes, one token after the other.
    public internal(set) var bytes: [UInt8] = []
    public internal(set) var byteCount = 0
    /// Where each token starts and ends in `bytes`.
    public internal(set) var starts: [Int32] = []
    public internal(set) var ends: [Int32] = []
    /// Whether each token is a word (letters and digits the user typed) rather than a marker like `<laugh>` or `?`.
    /// Only words get character n-grams.
    public internal(set) var isWord: [Bool] = []
    /// Number of tokens.
    public internal(set) var count = 0

    public init() {}

    /// The token at `index` as a string (for tests and display; the classifier reads `bytes` directly).
    public func token(_ index: Int) -> String {
        String(decoding: bytes[Int(starts[index])..<Int(ends[index])], as: UTF8.self)
    }

    /// All tokens as strings.
    public var tokens: [String] { (0..<count).map(token) }

    /// Makes room for `byteCapacity` bytes and `tokenCapacity` tokens.
    mutating func reserve(byteCapacity: Int, tokenCapacity: Int) {
        if bytes.count < byteCapacity { bytes = [UInt8](repeating: 0, count: max(byteCapacity, 2 * bytes.count)) }
        if starts.count < tokenCapacity {
            let capacity = max(tokenCapacity, 2 * starts.count)
            starts = [Int32](repeating: 0, count: capacity)
            ends = [Int32](repeating: 0, count: capacity)
            isWord = [Bool](repeating: false, count: capacity)
        }
    }
}
