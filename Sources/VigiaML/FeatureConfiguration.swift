import VigiaCore

/// Which features the classifier reads from a normalized message.
public struct FeatureConfiguration: Sendable, Hashable, Codable {
    /// 1: words only; 2: words and pairs of adjacent tokens.
    public var wordNgrams: Int
    /// Character n-grams of each word, with `<` and `>` marking its ends; `minCharNgram == 0` turns them off.
    public var minCharNgram: Int
    public var maxCharNgram: Int
    /// Number of hash buckets for n-grams, as a power of two.
    public var bucketBits: Int

    public init(wordNgrams: Int = 2, minCharNgram: Int = 2, maxCharNgram: Int = 5, bucketBits: Int = 20) {
        self.wordNgrams = wordNgrams
        self.minCharNgram = minCharNgram
        self.maxCharNgram = maxCharNgram
        self.bucketBits = bucketBits
    }

    public var bucketCount: Int { 1 << bucketBits }

    func validate() throws(VigiaError) {
        guard (1...2).contains(wordNgrams) else {
            throw VigiaError(.invalidArgument, "wordNgrams must be 1 or 2, not \(wordNgrams)")
        }
        guard minCharNgram == 0 || (1...8).contains(minCharNgram) && (minCharNgram...8).contains(maxCharNgram) else {
            throw VigiaError(
                .invalidArgument, "character n-grams must satisfy 1 ≤ min ≤ max ≤ 8 (or min = 0 for none)")
        }
        guard (10...24).contains(bucketBits) else {
            throw VigiaError(.invalidArgument, "bucketBits must be between 10 and 24, not \(bucketBits)")
        }
    }
}
