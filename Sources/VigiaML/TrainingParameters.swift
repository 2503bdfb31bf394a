import VigiaCore

/// Hyperparameters of ``Trainer``. Defaults suit short chat messages and a few to a hundred thousand examples.
public struct TrainingParameters: Sendable, Hashable, Codable {
    public var epochs: Int
    /// Width of the feature embeddings during training (the shipped model is folded and does not depend on it).
    public var dimension: Int
    /// Initial SGD step, decayed linearly to zero.
    public var learningRate: Double
    public var seed: UInt64
    /// Share of each label's examples held out to fit the temperature and report validation metrics.
    public var validationShare: Double
    public var features: FeatureConfiguration
    /// Feature rows whose largest logit contribution is below this are left out of the shipped model. Most hashed
    /// n-grams and bigrams are seen a few times and end near zero (for comparison, the largest rows of the built-in
    /// models are above 200); dropping them cuts the table that must stay in cache by about 60% with no change in
    /// validation or dev-set scores on the built-in taxonomies. 0 keeps every row.
    public var pruneBelow: Double

    public init(
        epochs: Int = 10, dimension: Int = 32, learningRate: Double = 0.5, seed: UInt64 = 1,
        validationShare: Double = 0.1, features: FeatureConfiguration = FeatureConfiguration(), pruneBelow: Double = 4
    ) {
        self.epochs = epochs
        self.dimension = dimension
        self.learningRate = learningRate
        self.seed = seed
        self.validationShare = validationShare
        self.features = features
        self.pruneBelow = pruneBelow
    }

    func validate() throws(VigiaError) {
        guard (1...1000).contains(epochs) else { throw VigiaError(.invalidArgument, "epochs must be 1…1000") }
        guard (2...512).contains(dimension) else { throw VigiaError(.invalidArgument, "dim must be 2…512") }
        guard learningRate > 0 && learningRate <= 10 else {
            throw VigiaError(.invalidArgument, "lr must be greater than 0 and at most 10")
        }
        guard (0..<0.9).contains(validationShare) else {
            throw VigiaError(.invalidArgument, "validation share must be in [0, 0.9)")
        }
        guard pruneBelow >= 0 && pruneBelow.isFinite else {
            throw VigiaError(.invalidArgument, "prune threshold must be a finite number ≥ 0")
        }
        try features.validate()
    }
}
