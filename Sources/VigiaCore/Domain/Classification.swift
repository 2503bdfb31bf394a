/// One label with the classifier's calibrated confidence in it.
public struct LabelScore: Sendable, Hashable, Codable {
    public let label: String
    public let confidence: Double

    public init(label: String, confidence: Double) {
        self.label = label
        self.confidence = confidence
    }
}

/// What a classifier decided for one text: the best label and the best few with their confidences.
public struct Classification: Sendable, Hashable, Codable {
    public let label: String
    public let confidence: Double
    /// The highest-scoring labels, best first; `top[0]` is `label`.
    public let top: [LabelScore]

    public init(top: [LabelScore]) {
        precondition(!top.isEmpty, "a classification needs at least one label")
        self.label = top[0].label
        self.confidence = top[0].confidence
        self.top = top
    }
}

/// A text with the label a person (or a generator) gave it.
public struct LabeledExample: Sendable, Hashable, Codable {
    public let text: String
    public let label: String

    public init(text: String, label: String) {
        self.text = text
        self.label = label
    }
}

/// Decides what a short text says, within one taxonomy. Classification is synchronous: it takes microseconds.
public protocol TextClassifier: Sendable {
    var taxonomy: Taxonomy { get }
    func classify(_ text: String) -> Classification
}
