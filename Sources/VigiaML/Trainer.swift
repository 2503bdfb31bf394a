import VigiaCore
import VigiaText

/// How far training has come, reported a few times per epoch.
public struct TrainingProgress: Sendable {
    public let epoch: Int
    public let epochs: Int
    /// Examples processed so far, over all epochs, and the total to process.
    public let processed: Int
    public let total: Int
    /// Mean loss over the examples since the previous report.
    public let loss: Double

    /// Whether this report closes an epoch (every epoch's end is reported).
    public var isEndOfEpoch: Bool { processed * epochs % total == 0 }
}

/// A trained model with its validation report (nil when nothing was held out).
public struct TrainingResult: Sendable {
    public let model: ClassifierModel
    public let validation: EvaluationReport?
}

/// Trains fastText-style classifiers: averaged feature embeddings → linear layer → softmax, by SGD with a linearly
/// decaying step, single-threaded so that the same data and seed give the same model byte for byte.
public enum Trainer {
    public static func train(
        taxonomy: Taxonomy, examples: [LabeledExample], parameters: TrainingParameters,
        progress: (@Sendable (TrainingProgress) -> Void)? = nil
    ) throws(VigiaError) -> TrainingResult {
        try parameters.validate()
        guard !examples.isEmpty else { throw VigiaError(.invalidData, "no training examples") }
        var labelIndex: [String: Int] = [:]
        for (index, label) in taxonomy.labels.enumerated() { labelIndex[label] = index }
        var targets: [Int] = []
        targets.reserveCapacity(examples.count)
        for example in examples {
            guard let target = labelIndex[example.label] else {
                throw VigiaError(.invalidData, "label '\(example.label)' is not in taxonomy '\(taxonomy.name)'")
            }
            targets.append(target)
        }
        var random = DeterministicRandom(seed: parameters.seed)
        let (trainingIndices, validationIndices) = split(
            targets: targets, labelCount: taxonomy.labels.count, share: parameters.validationShare, random: &random)

        let featurizer = Featurizer(configuration: parameters.features)
        var corpus = FeatureCorpus(featurizer: featurizer)
        for index in trainingIndices { corpus.add(examples[index].text) }

        var network = Network(
            rows: corpus.rowCount, dimension: parameters.dimension, labelCount: taxonomy.labels.count,
            random: &random)
        network.fit(
            corpus: corpus, targets: trainingIndices.map { targets[$0] }, parameters: parameters, random: &random,
            progress: progress)

        let folded = network.foldedRows()
        var metadata = ModelMetadata(
            taxonomy: taxonomy.name, labels: taxonomy.labels, parameters: parameters,
            featureHashingVersion: FeatureHashing.version, trainingFingerprint: fingerprint(examples),
            trainingExamples: trainingIndices.count, validationExamples: validationIndices.count, temperature: 1,
            validation: nil)
        let (words, buckets) = corpus.tables(
            folded: folded, labelCount: taxonomy.labels.count, pruneBelow: Float(parameters.pruneBelow))
        var model = try ClassifierModel(metadata: metadata, words: words, buckets: buckets)
        guard !validationIndices.isEmpty else { return TrainingResult(model: model, validation: nil) }

        let validation = validationIndices.map { examples[$0] }
        let calibration = TemperatureFit(
            model: model, examples: validation, targets: validationIndices.map { targets[$0] })
        metadata.temperature = calibration.temperature
        model = try ClassifierModel(metadata: metadata, words: words, buckets: buckets)
        let report = model.evaluate(validation)
        metadata.validation = ModelMetadata.ValidationSummary(
            accuracy: report.leaf.accuracy, macroF1: report.leaf.macroF1, topLevelAccuracy: report.top.accuracy,
            topLevelMacroF1: report.top.macroF1, logLoss: calibration.logLoss, confusion: report.leaf.confusion)
        model = try ClassifierModel(metadata: metadata, words: words, buckets: buckets)
        return TrainingResult(model: model, validation: report)
    }

    /// Holds out `share` of each label's examples (none for labels with fewer than 5), chosen by the seed.
    static func split(
        targets: [Int], labelCount: Int, share: Double, random: inout DeterministicRandom
    ) -> (training: [Int], validation: [Int]) {
        var byLabel = [[Int]](repeating: [], count: labelCount)
        for (index, target) in targets.enumerated() { byLabel[target].append(index) }
        var isValidation = [Bool](repeating: false, count: targets.count)
        for var indices in byLabel where indices.count >= 5 && share > 0 {
            random.shuffle(&indices)
            for index in indices.prefix(max(1, Int((Double(indices.count) * share).rounded()))) {
                isValidation[index] = true
            }
        }
        return (targets.indices.filter { !isValidation[$0] }, targets.indices.filter { isValidation[$0] })
    }

    /// FNV-1a over every text and label in order, as 16 hex digits.
    static func fingerprint(_ examples: [LabeledExample]) -> String {
        var hash = FeatureHashing.fnvOffset
        for example in examples {
            for byte in example.text.utf8 { hash = (hash ^ UInt64(byte)) &* FeatureHashing.fnvPrime }
            hash = (hash ^ 0x1F) &* FeatureHashing.fnvPrime
            for byte in example.label.utf8 { hash = (hash ^ UInt64(byte)) &* FeatureHashing.fnvPrime }
            hash = (hash ^ 0x1E) &* FeatureHashing.fnvPrime
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The training examples as lists of dense feature rows, plus every distinct token with the rows it stands for.
///
/// Only buckets that occur in training get a row, so memory and initialization scale with the data, not with the
/// bucket count, and the model can later drop every bucket it never saw.
struct FeatureCorpus {
    let featurizer: Featurizer
    private var rowOfBucket: [Int32]
    /// Bucket of each dense row.
    private(set) var bucketOfRow: [UInt32] = []
    /// Rows of all examples, one after the other; example `i` is `rows[offsets[i]..<offsets[i + 1]]`.
    private(set) var rows: [Int32] = []
    private(set) var offsets: [Int] = [0]
    /// Each distinct token (by hash) and the rows of its word feature and character n-grams.
    private var vocabulary: [UInt64: [Int32]] = [:]
    private var tokens = TokenBuffer()
    private var buckets: [UInt32] = []

    init(featurizer: Featurizer) {
        self.featurizer = featurizer
        rowOfBucket = [Int32](repeating: -1, count: featurizer.configuration.bucketCount)
    }

    var rowCount: Int { bucketOfRow.count }
    var exampleCount: Int { offsets.count - 1 }

    mutating func add(_ text: String) {
        featurizer.features(of: text, into: &buckets, tokens: &tokens)
        for bucket in buckets { rows.append(row(of: bucket)) }
        offsets.append(rows.count)
        tokens.bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<tokens.count {
                let start = Int(tokens.starts[index])
                let end = Int(tokens.ends[index])
                let hash = FeatureHashing.word(bytes, from: start, to: end)
                guard vocabulary[hash] == nil else { continue }
                var wordBuckets = [featurizer.bucket(hash)]
                if tokens.isWord[index] { featurizer.appendCharNgrams(bytes, from: start, to: end, into: &wordBuckets) }
                vocabulary[hash] = wordBuckets.map { rowOfBucket[Int($0)] }
            }
        }
    }

    private mutating func row(of bucket: UInt32) -> Int32 {
        let existing = rowOfBucket[Int(bucket)]
        if existing >= 0 { return existing }
        let row = Int32(bucketOfRow.count)
        rowOfBucket[Int(bucket)] = row
        bucketOfRow.append(bucket)
        return row
    }

    /// Quantized word and bucket tables from the folded rows (`folded[row × labelCount + label]`).
    /// Bucket rows whose largest value is below `pruneBelow` are left out (they then count as a feature with no
    /// contribution, exactly like a feature never seen in training).
    func tables(folded: [Float], labelCount: Int, pruneBelow: Float) -> (words: QuantizedTable, buckets: QuantizedTable)
    {
        let bucketEntries = (0..<rowCount).compactMap { row -> QuantizedTable.Entry? in
            let values = folded[(row * labelCount)..<((row + 1) * labelCount)]
            guard values.contains(where: { abs($0) >= pruneBelow && $0 != 0 }) else { return nil }
            return QuantizedTable.Entry(key: UInt64(bucketOfRow[row]) + 1, featureCount: 1, row: values)
        }.sorted { $0.key < $1.key }
        let wordEntries = vocabulary.keys.sorted().map { hash in
            let wordRows = vocabulary[hash]!
            var sum = [Float](repeating: 0, count: labelCount)
            for row in wordRows {
                for label in 0..<labelCount { sum[label] += folded[Int(row) * labelCount + label] }
            }
            return QuantizedTable.Entry(
                key: ClassifierModel.wordKey(hash), featureCount: UInt16(min(wordRows.count, Int(UInt16.max))),
                row: sum[...])
        }
        return (
            QuantizedTable(entries: wordEntries, labelCount: labelCount),
            QuantizedTable(entries: bucketEntries, labelCount: labelCount)
        )
    }
}
