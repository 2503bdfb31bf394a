import VigiaCore

/// What a model file says about itself: enough to know what it classifies, how it was made and how good it was.
public struct ModelMetadata: Sendable, Hashable, Codable {
    public var taxonomy: String
    public var labels: [String]
    public var parameters: TrainingParameters
    /// Version of the feature hashing the model was trained with; a mismatch makes its rows meaningless.
    public var featureHashingVersion: Int
    /// Hex digest of the training examples (texts and labels, in order), to tell which data made the model.
    public var trainingFingerprint: String
    public var trainingExamples: Int
    public var validationExamples: Int
    /// Softmax temperature fitted on the validation split (1 when there was none).
    public var temperature: Double
    /// Validation metrics at training time (absent when nothing was held out).
    public var validation: ValidationSummary?

    /// Headline validation figures stored with the model.
    public struct ValidationSummary: Sendable, Hashable, Codable {
        public var accuracy: Double
        public var macroF1: Double
        public var topLevelAccuracy: Double
        public var topLevelMacroF1: Double
        /// Mean negative log-likelihood of the true label after calibration.
        public var logLoss: Double
        /// Held-out examples by true label, then predicted label (absent from files made before it was kept).
        public var confusion: [String: [String: Int]]?
    }
}
