import VigiaCore
import VigiaText

/// False alarms on background text: messages assumed to report nothing (real chat, real tweets), each of which
/// should come out as the taxonomy's normal label. Says how many did not, by label, and which words pushed them:
/// a token's weight is how much its features raised the predicted label's logit over the normal label's, summed
/// over the false alarms.
public struct BackgroundEvaluation: Sendable, Codable {
    public struct LabelShare: Sendable, Codable, Hashable {
        public var label: String
        public var count: Int
        public var share: Double
        /// Its most frequent false alarms, for a person to read.
        public var examples: [String]
    }

    public struct ResponsibleToken: Sendable, Codable, Hashable {
        /// The normalized token, or two of them for a pair of adjacent tokens.
        public var token: String
        public var weight: Double
        /// False alarms it pushed toward their label.
        public var messages: Int
    }

    public var messages: Int
    public var normalLabel: String
    public var falseAlarms: Int
    public var falseAlarmShare: Double
    public var byLabel: [LabelShare]
    public var responsibleTokens: [ResponsibleToken]

    /// Classifies every text with `model`; `normalLabel` must be one of its labels.
    public init(
        model: ClassifierModel, texts: [String], normalLabel: String, examplesPerLabel: Int = 3,
        tokens tokenCount: Int = 20
    ) throws(VigiaError) {
        guard let normal = model.taxonomy.labels.firstIndex(of: normalLabel) else {
            throw VigiaError(
                .invalidArgument, "taxonomy '\(model.taxonomy.name)' has no label '\(normalLabel)' to count as normal")
        }
        guard !texts.isEmpty else { throw VigiaError(.invalidData, "no background texts") }
        var scratch = ClassificationScratch()
        var alarms: [Int: [String]] = [:]
        var weights: [String: (weight: Double, messages: Int)] = [:]
        for text in texts {
            let (label, _) = model.predict(text, scratch: &scratch)
            guard label != normal else { continue }
            alarms[label, default: []].append(text)
            for (token, row) in model.tokenContributions(text) where row[label] > row[normal] {
                let entry = weights[token] ?? (0, 0)
                weights[token] = (entry.weight + Double(row[label] - row[normal]), entry.messages + 1)
            }
        }
        let total = texts.count
        messages = total
        self.normalLabel = normalLabel
        falseAlarms = alarms.values.reduce(0) { $0 + $1.count }
        falseAlarmShare = Double(falseAlarms) / Double(total)
        let labels = model.taxonomy.labels
        byLabel = alarms.map { label, texts in
            var repeats: [String: Int] = [:]
            for text in texts { repeats[text, default: 0] += 1 }
            let common = repeats.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(examplesPerLabel)
            return LabelShare(
                label: labels[label], count: texts.count, share: Double(texts.count) / Double(total),
                examples: common.map(\.key))
        }.sorted { ($0.count, $1.label) > ($1.count, $0.label) }
        responsibleTokens = weights.map {
            ResponsibleToken(token: $0.key, weight: $0.value.weight, messages: $0.value.messages)
        }
        .sorted { ($0.weight, $1.token) > ($1.weight, $0.token) }.prefix(tokenCount).map { $0 }
    }
}

extension ClassifierModel {
    /// What each token of `text` adds to the logits (before the average over features): its word row (the word's
    /// own feature and its character n-grams, pre-summed for words seen in training), and each pair of adjacent
    /// tokens as `"first second"`. For explaining a prediction; classifying never calls it.
    public func tokenContributions(_ text: String) -> [(token: String, row: [Float])] {
        var tokens = TokenBuffer()
        featurizer.normalizer.tokenize(text, into: &tokens)
        let labelCount = taxonomy.labels.count
        var contributions: [(token: String, row: [Float])] = []
        var hashes: [UInt64] = []
        tokens.bytes.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16 * buckets.chunks) { sums in
                func rowOf(_ features: [UInt32]) -> [Float] {
                    sums.initialize(repeating: 0)
                    for feature in features {
                        if let slot = buckets.find(UInt64(feature) + 1) {
                            buckets.add(slot: slot, to: sums.baseAddress!)
                        }
                    }
                    return Array(sums.prefix(labelCount))
                }
                for index in 0..<tokens.count {
                    let start = Int(tokens.starts[index])
                    let end = Int(tokens.ends[index])
                    let hash = FeatureHashing.word(bytes, from: start, to: end)
                    hashes.append(hash)
                    let row: [Float]
                    if let slot = words.find(Self.wordKey(hash)) {
                        sums.initialize(repeating: 0)
                        words.add(slot: slot, to: sums.baseAddress!)
                        row = Array(sums.prefix(labelCount))
                    } else {
                        var features = [featurizer.bucket(hash)]
                        if tokens.isWord[index] {
                            featurizer.appendCharNgrams(bytes, from: start, to: end, into: &features)
                        }
                        row = rowOf(features)
                    }
                    contributions.append((tokens.token(index), row))
                    if featurizer.configuration.wordNgrams > 1, index > 0 {
                        let pair = featurizer.bucket(FeatureHashing.bigram(hashes[index - 1], hash))
                        contributions.append((tokens.token(index - 1) + " " + tokens.token(index), rowOf([pair])))
                    }
                }
            }
        }
        return contributions
    }
}
