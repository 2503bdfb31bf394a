import ArgumentParser
import Foundation
import VigiaCore
import VigiaML

/// Options shared by the commands that classify: which taxonomy, which model file, where built-in models live.
struct ModelOptions: ParsableArguments {
    @Option(help: "Taxonomy: tech-issues, feedback, or the name of one you trained.")
    var taxonomy: String = Taxonomy.techIssues.name

    @Option(help: "Model file (from `vigia train`). Without it, the built-in model of a built-in taxonomy is used.")
    var model: String?

    @Option(
        help: ArgumentHelp(
            "Where built-in models are cached after their first training.",
            discussion: "Default: $VIGIA_MODELS_DIR, else ./vigia-data/models."))
    var modelsDir: String?

    /// The model to use, after checking that it classifies the requested taxonomy.
    func load() throws(VigiaError) -> ClassifierModel {
        if let model {
            let loaded = try ModelFile.read(from: model)
            guard loaded.taxonomy.name == taxonomy else {
                throw VigiaError(
                    .invalidArgument,
                    "\(model): this model classifies taxonomy '\(loaded.taxonomy.name)', not '\(taxonomy)'")
            }
            return loaded
        }
        guard let builtIn = Taxonomy.builtIn[taxonomy] else {
            throw VigiaError(
                .notFound,
                "taxonomy '\(taxonomy)' is not built in (built in: \(Taxonomy.builtIn.keys.sorted().joined(separator: ", "))); pass --model MODEL"
            )
        }
        let bar = ProgressBar()
        return try BuiltInModels.model(
            for: builtIn, directory: resolvedModelsDirectory,
            log: { StandardError.write("vigia: \($0)\n") }, progress: { bar.update($0) })
    }

    var resolvedModelsDirectory: String {
        modelsDir ?? ProcessInfo.processInfo.environment["VIGIA_MODELS_DIR"] ?? "vigia-data/models"
    }
}
