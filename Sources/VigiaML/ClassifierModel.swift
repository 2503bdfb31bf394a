import VigiaCore
import VigiaText

/// A trained classifier, ready to classify: the fastText-style model folded into per-feature logit rows.
///
/// Training learns an embedding per feature and a label matrix (embedding bag → softmax). Because the logits are a
/// linear function of the averaged embeddings, each feature's embedding can be multiplied by the label matrix once,
/// ahead of time: classifying then sums one small row per feature instead of a `dim`-wide vector followed by a
/// matrix product. Words seen in training go further: the rows of the word and of all its character n-grams are
/// pre-summed, so a known word costs one lookup. Rows are quantized to Int8 with a scale each; probabilities are
/// calibrated by a temperature fitted on held-out data.
public struct ClassifierModel: TextClassifier {
    public let metadata: ModelMetadata
    public let taxonomy: Taxonomy
    let featurizer: Featurizer
    /// Rows of whole words (word feature plus its character n-grams), keyed by the word's hash.
    let words: QuantizedTable
    /// Rows of single features, keyed by bucket + 1.
    let buckets: QuantizedTable

    init(metadata: ModelMetadata, words: QuantizedTable, buckets: QuantizedTable) throws(VigiaError) {
        self.metadata = metadata
        taxonomy = try Taxonomy(name: metadata.taxonomy, labels: metadata.labels)
        featurizer = Featurizer(configuration: metadata.parameters.features)
        self.words = words
        self.buckets = buckets
    }

    /// Classifies one text with the three best labels. Allocates a scratch; in loops use ``classify(_:top:scratch:)``.
    public func classify(_ text: String) -> Classification {
        var scratch = ClassificationScratch()
        return classify(text, top: 3, scratch: &scratch)
    }

    /// Classifies one text, returning the `top` best labels with calibrated confidences.
    public func classify(_ text: String, top: Int, scratch: inout ClassificationScratch) -> Classification {
        computeProbabilities(text, scratch: &scratch)
        let probabilities = scratch.probabilities
        let best = probabilities.indices.sorted {
            probabilities[$0] > probabilities[$1] || (probabilities[$0] == probabilities[$1] && $0 < $1)
        }
        return Classification(
            top: best.prefix(max(1, top)).map {
                LabelScore(label: taxonomy.labels[$0], confidence: Double(probabilities[$0]))
            })
    }

    /// The index of the best label and its calibrated probability; the fastest way to classify.
    public func predict(_ text: String, scratch: inout ClassificationScratch) -> (label: Int, confidence: Float) {
        computeProbabilities(text, scratch: &scratch)
        var best = 0
        scratch.probabilities.withUnsafeBufferPointer { probabilities in
            for label in 1..<probabilities.count where probabilities[label] > probabilities[best] { best = label }
        }
        return (best, scratch.probabilities[best])
    }

    /// A function that gives a text's best label and its confidence, with scratch memory of its own and nothing
    /// allocated per call: one per thread (a pipeline lane), since it keeps that memory.
    public func bestLabel() -> (String) -> LabelScore {
        var scratch = ClassificationScratch()
        return { text in
            let (label, confidence) = predict(text, scratch: &scratch)
            return LabelScore(label: taxonomy.labels[label], confidence: Double(confidence))
        }
    }

    /// Calibrated probabilities of every label, written to `scratch.probabilities`.
    public func computeProbabilities(_ text: String, scratch: inout ClassificationScratch) {
        computeLogits(text, scratch: &scratch)
        let inverseTemperature = Float(1 / metadata.temperature)
        scratch.probabilities.withUnsafeMutableBufferPointer { probabilities in
            var largest = -Float.infinity
            for label in probabilities.indices { largest = max(largest, probabilities[label]) }
            var total: Float = 0
            for label in probabilities.indices {
                probabilities[label] = fastExp((probabilities[label] - largest) * inverseTemperature)
                total += probabilities[label]
            }
            let inverse = 1 / total
            for label in probabilities.indices { probabilities[label] *= inverse }
        }
    }

    /// Uncalibrated logits of every label (temperature 1), written to `scratch.probabilities`.
    ///
    /// Nearly all the time goes into table lookups that miss the cache, so the work is done in phases — hash every
    /// token, look up every word, then look up every remaining feature — each a tight loop of independent loads
    /// that the processor can overlap, instead of one miss at a time between hashing steps.
    func computeLogits(_ text: String, scratch: inout ClassificationScratch) {
        featurizer.normalizer.tokenize(text, into: &scratch.tokens)
        let labelCount = taxonomy.labels.count
        if scratch.probabilities.count != labelCount {
            scratch.probabilities = [Float](repeating: 0, count: labelCount)
        }
        let tokens = scratch.tokens
        let tokenCount = tokens.count
        // Room for every feature the message can have: bias, each token with its n-grams, each bigram.
        let featureCapacity =
            1 + 2 * tokenCount + featurizer.maximumCharNgrams(wordLength: tokens.byteCount + 2 * tokenCount)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 16 * buckets.chunks) { accumulator in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: tokenCount) { hashes in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: featureCapacity) { features in
                    tokens.bytes.withUnsafeBufferPointer { bytes in
                        tokens.starts.withUnsafeBufferPointer { starts in
                            tokens.ends.withUnsafeBufferPointer { ends in
                                tokens.isWord.withUnsafeBufferPointer { isWord in
                                    let sums = accumulator.baseAddress!
                                    accumulator.initialize(repeating: 0)
                                    var featureCount = 1
                                    let bucketList = features.baseAddress!
                                    bucketList[0] = featurizer.biasBucket
                                    var bucketCount = 1
                                    for index in 0..<tokenCount {
                                        hashes[index] = FeatureHashing.word(
                                            bytes, from: Int(starts[index]), to: Int(ends[index]))
                                    }
                                    for index in 0..<tokenCount {
                                        if let slot = words.find(Self.wordKey(hashes[index])) {
                                            words.add(slot: slot, to: sums)
                                            featureCount += words.featureCount(at: slot)
                                            continue
                                        }
                                        bucketList[bucketCount] = featurizer.bucket(hashes[index])
                                        bucketCount += 1
                                        if isWord[index] {
                                            bucketCount += featurizer.writeCharNgrams(
                                                bytes, from: Int(starts[index]), to: Int(ends[index]),
                                                into: bucketList + bucketCount)
                                        }
                                    }
                                    if featurizer.configuration.wordNgrams > 1 && tokenCount > 1 {
                                        for index in 1..<tokenCount {
                                            bucketList[bucketCount] = featurizer.bucket(
                                                FeatureHashing.bigram(hashes[index - 1], hashes[index]))
                                            bucketCount += 1
                                        }
                                    }
                                    featureCount += bucketCount - 1
                                    for position in 0..<bucketCount {
                                        if let slot = buckets.find(UInt64(bucketList[position]) + 1) {
                                            buckets.add(slot: slot, to: sums)
                                        }
                                    }
                                    let inverseCount = 1 / Float(featureCount)
                                    scratch.probabilities.withUnsafeMutableBufferPointer { logits in
                                        for label in 0..<labelCount { logits[label] = sums[label] * inverseCount }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Word hashes key the word table; 0 marks an empty slot, so it is moved to 1.
    @inline(__always)
    static func wordKey(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}

/// e^x for x ≤ 0, within 1e-5 relative (the rounding of x·log2(e) in Float dominates): softmax needs no more, and `exp` from libm is several times
/// slower than the rest of classification put together.
@inline(__always)
func fastExp(_ x: Float) -> Float {
    // e^x = 2^t = 2^n · 2^f with n = round(t) and f in [-0.5, 0.5]. Adding 1.5 × 2^23 rounds t to an integer held
    // in the low mantissa bits, with no call and no branch, so loops over labels vectorize.
    let t = max(x, -87) * 1.442_695_04
    let shifted = t + 12_582_912
    let f = t - (shifted - 12_582_912)
    var p: Float = 1.535_336_2e-4
    p = p * f + 1.339_887_4e-3
    p = p * f + 9.618_437_4e-3
    p = p * f + 5.550_332_5e-2
    p = p * f + 2.402_264_8e-1
    p = p * f + 6.931_472_1e-1
    p = p * f + 1
    return p * Float(bitPattern: (shifted.bitPattern &- 0x4B40_0000 &+ 127) << 23)
}
