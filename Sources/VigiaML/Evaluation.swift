import VigiaCore

/// Precision, recall, F1 and support of one label.
public struct LabelMetrics: Sendable, Hashable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// How many examples truly have this label.
    public var support: Int

    public init(precision: Double, recall: Double, f1: Double, support: Int) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.support = support
    }
}

/// Quality of predictions at one level of the label hierarchy.
public struct LevelMetrics: Sendable, Hashable, Codable {
    public var accuracy: Double
    /// Mean F1 over the labels that occur in the truth or in the predictions.
    public var macroF1: Double
    public var perLabel: [String: LabelMetrics]
    /// `confusion[truth][predicted]` = count; only non-zero cells are present.
    public var confusion: [String: [String: Int]]

    enum CodingKeys: String, CodingKey {
        case accuracy
        case macroF1 = "macro_f1"
        case perLabel = "per_label"
        case confusion
    }

    /// Compares `predicted` with `truth` (same length, non-empty). Precision of a label never predicted is 0.
    public init(truth: [String], predicted: [String]) {
        precondition(truth.count == predicted.count && !truth.isEmpty)
        var confusion: [String: [String: Int]] = [:]
        var truthCounts: [String: Int] = [:]
        var predictedCounts: [String: Int] = [:]
        var correct = 0
        for (actual, guess) in zip(truth, predicted) {
            confusion[actual, default: [:]][guess, default: 0] += 1
            truthCounts[actual, default: 0] += 1
            predictedCounts[guess, default: 0] += 1
            if actual == guess { correct += 1 }
        }
        var perLabel: [String: LabelMetrics] = [:]
        for label in Set(truthCounts.keys).union(predictedCounts.keys) {
            let truePositives = Double(confusion[label]?[label] ?? 0)
            let support = truthCounts[label] ?? 0
            let predictions = predictedCounts[label] ?? 0
            let precision = predictions == 0 ? 0 : truePositives / Double(predictions)
            let recall = support == 0 ? 0 : truePositives / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            perLabel[label] = LabelMetrics(precision: precision, recall: recall, f1: f1, support: support)
        }
        accuracy = Double(correct) / Double(truth.count)
        macroF1 = perLabel.values.map(\.f1).reduce(0, +) / Double(perLabel.count)
        self.perLabel = perLabel
        self.confusion = confusion
    }
}

/// Quality of a classifier on labeled data, at leaf level and at top level (the label id before its first dot).
public struct EvaluationReport: Sendable, Hashable, Codable {
    public var n: Int
    public var leaf: LevelMetrics
    public var top: LevelMetrics

    public init(truth: [String], predicted: [String]) {
        n = truth.count
        leaf = LevelMetrics(truth: truth, predicted: predicted)
        top = LevelMetrics(truth: truth.map(Taxonomy.topLevel(of:)), predicted: predicted.map(Taxonomy.topLevel(of:)))
    }
}

extension ClassifierModel {
    /// Classifies every example and compares with its label.
    public func evaluate(_ examples: [LabeledExample]) -> EvaluationReport {
        var scratch = ClassificationScratch()
        let predicted = examples.map { taxonomy.labels[predict($0.text, scratch: &scratch).label] }
        return EvaluationReport(truth: examples.map(\.label), predicted: predicted)
    }
}
