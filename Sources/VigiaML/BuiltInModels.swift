import Foundation
import VigiaCore

/// Provides the models of the built-in taxonomies without shipping binaries: each is trained from the synthetic
/// generator (and, for `tech-issues`, the shipped ``RealBackgroundText``) with a fixed recipe the first time it is
/// needed (a few seconds) and cached as a model file.
///
/// The cache is used only while it still matches the recipe: same training-data fingerprint (so a change to the
/// generator's templates retrains) and same parameters. Training is deterministic, so every machine builds the same
/// model from the same source.
public enum BuiltInModels {
    /// How a built-in model is made: synthetic examples, plus real text that reports nothing as examples of the
    /// taxonomy's normal label (the generator alone teaches nothing of ordinary language, so real words it never
    /// used came out as complaints: 30 % of real tweets did).
    public struct Recipe: Sendable {
        public let taxonomy: Taxonomy
        public let examples: Int
        public let dataSeed: UInt64
        public let parameters: TrainingParameters
        public var background: [String] = []
        public var normalLabel = "nenhum"
    }

    public static func recipe(for taxonomy: Taxonomy) -> Recipe? {
        guard SyntheticDataGenerator.supports(taxonomy) else { return nil }
        var recipe = Recipe(taxonomy: taxonomy, examples: 50_000, dataSeed: 2026, parameters: TrainingParameters())
        if taxonomy.labels.contains(recipe.normalLabel) { recipe.background = RealBackgroundText.portuguese }
        return recipe
    }

    /// The examples `recipe` trains on.
    static func examples(of recipe: Recipe) throws(VigiaError) -> [LabeledExample] {
        var generator = try SyntheticDataGenerator(taxonomy: recipe.taxonomy, seed: recipe.dataSeed)
        return generator.generate(count: recipe.examples)
            + recipe.background.map { LabeledExample(text: $0, label: recipe.normalLabel) }
    }

    /// The cached or freshly trained model of a built-in taxonomy. `log` receives one line when training starts.
    public static func model(
        for taxonomy: Taxonomy, directory: String, log: (String) -> Void = { _ in },
        progress: (@Sendable (TrainingProgress) -> Void)? = nil
    ) throws(VigiaError) -> ClassifierModel {
        guard let recipe = recipe(for: taxonomy) else {
            throw VigiaError(.notFound, "taxonomy '\(taxonomy.name)' has no built-in model; pass --model MODEL")
        }
        return try model(recipe: recipe, directory: directory, log: log, progress: progress)
    }

    /// The model `recipe` makes, from the cache in `directory` when it still matches, else trained and cached.
    static func model(
        recipe: Recipe, directory: String, log: (String) -> Void,
        progress: (@Sendable (TrainingProgress) -> Void)?
    ) throws(VigiaError) -> ClassifierModel {
        let taxonomy = recipe.taxonomy
        let examples = try examples(of: recipe)
        let fingerprint = Trainer.fingerprint(examples)
        let path = (directory as NSString).appendingPathComponent("\(taxonomy.name).vgm")
        // A cache from before models kept their confusion matrix is trained again, once, so that every node shows it.
        if let cached = try? ModelFile.read(from: path), cached.metadata.trainingFingerprint == fingerprint,
            cached.metadata.parameters == recipe.parameters, cached.taxonomy == taxonomy,
            cached.metadata.validation.map({ $0.confusion != nil }) ?? true
        {
            return cached
        }
        log(
            "training the built-in '\(taxonomy.name)' model from \(recipe.examples) synthetic examples"
                + (recipe.background.isEmpty ? "" : " and \(recipe.background.count) real messages") + " (first use)")
        let model = try Trainer.train(
            taxonomy: taxonomy, examples: examples, parameters: recipe.parameters, progress: progress
        ).model
        try PrivateFiles.createDirectory(atPath: directory)
        try ModelFile.write(model, to: path)
        return model
    }
}
