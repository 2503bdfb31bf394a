import VigiaCore
import VigiaText

/// Turns a message into the hashed feature ids the classifier sums: one per word, one per pair of adjacent
/// tokens, one per character n-gram of each word, and a constant bias feature.
///
/// Training calls ``features(of:into:)`` for every example; inference uses the same functions through
/// ``ClassifierModel`` so that the two can never disagree.
public struct Featurizer: Sendable {
    public let configuration: FeatureConfiguration
    let normalizer = TextNormalizer()
    private let bucketMask: UInt64

    public init(configuration: FeatureConfiguration) {
        self.configuration = configuration
        bucketMask = UInt64(configuration.bucketCount - 1)
    }

    /// The bucket of the constant feature every message has, which lets the model learn label priors.
    var biasBucket: UInt32 { bucket(FeatureHashing.biasHash) }

    @inline(__always)
    func bucket(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: FeatureHashing.mix(hash) & bucketMask) }

    /// All feature buckets of `text`, in a stable order (bias, then per token: word, char n-grams, bigram).
    public func features(of text: String, into features: inout [UInt32], tokens: inout TokenBuffer) {
        normalizer.tokenize(text, into: &tokens)
        features.removeAll(keepingCapacity: true)
        features.append(biasBucket)
        tokens.bytes.withUnsafeBufferPointer { bytes in
            var previous: UInt64?
            for index in 0..<tokens.count {
                let start = Int(tokens.starts[index])
                let end = Int(tokens.ends[index])
                let hash = FeatureHashing.word(bytes, from: start, to: end)
                features.append(bucket(hash))
                if tokens.isWord[index] { appendCharNgrams(bytes, from: start, to: end, into: &features) }
                if configuration.wordNgrams > 1, let previous {
                    features.append(bucket(FeatureHashing.bigram(previous, hash)))
                }
                previous = hash
            }
        }
    }

    /// Character n-grams of the word `bytes[start..<end]` seen as `<word>`, appended to `features`.
    func appendCharNgrams(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into features: inout [UInt32]
    ) {
        let capacity = maximumCharNgrams(wordLength: end - start)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { buffer in
            let written = writeCharNgrams(bytes, from: start, to: end, into: buffer.baseAddress!)
            features.append(contentsOf: buffer.prefix(written))
        }
    }

    /// At most how many character n-grams a word of `wordLength` bytes has.
    @inline(__always)
    func maximumCharNgrams(wordLength: Int) -> Int {
        configuration.minCharNgram == 0
            ? 0 : (wordLength + 2) * (configuration.maxCharNgram - configuration.minCharNgram + 1)
    }

    /// Writes the buckets of the character n-grams of `bytes[start..<end]` (seen as `<word>`) to `output`, which
    /// must have room for ``maximumCharNgrams(wordLength:)``; returns how many it wrote.
    @inline(__always)
    func writeCharNgrams(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into output: UnsafeMutablePointer<UInt32>
    ) -> Int {
        let minimum = configuration.minCharNgram
        guard minimum > 0 else { return 0 }
        let maximum = configuration.maxCharNgram
        let length = end - start + 2
        var written = 0
        for first in 0..<length {
            var hash = FeatureHashing.fnvOffset ^ FeatureHashing.charNgramSeed
            let last = min(first + maximum, length)
            for position in first..<last {
                let byte: UInt8 =
                    position == 0
                    ? UInt8(ascii: "<") : position == length - 1 ? UInt8(ascii: ">") : bytes[start + position - 1]
                hash = (hash ^ UInt64(byte)) &* FeatureHashing.fnvPrime
                if position - first + 1 >= minimum {
                    output[written] = bucket(hash)
                    written += 1
                }
            }
        }
        return written
    }
}
