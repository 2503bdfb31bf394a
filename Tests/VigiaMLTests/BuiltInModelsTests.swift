import Foundation
import Testing
import VigiaCore
import VigiaTesting

@testable import VigiaML

@Suite struct BuiltInModelsTests {
    /// A small recipe so the test trains in a moment even in debug builds.
    static func recipe(seed: UInt64 = 5, epochs: Int = 2) -> BuiltInModels.Recipe {
        BuiltInModels.Recipe(
            taxonomy: .feedback, examples: 600, dataSeed: seed,
            parameters: TrainingParameters(epochs: epochs, dimension: 8, bucketBitsForTests: 14))
    }

    final class Log: @unchecked Sendable {
        // @unchecked: written and read on the test's thread only.
        var lines: [String] = []
    }

    func load(_ recipe: BuiltInModels.Recipe, in directory: TemporaryDirectory, log: Log) throws -> ClassifierModel {
        try BuiltInModels.model(
            recipe: recipe, directory: directory.path("models"), log: { log.lines.append($0) }, progress: nil)
    }

    @Test func trainsOnFirstUseThenReusesTheCache() throws {
        let directory = try TemporaryDirectory()
        let log = Log()
        let first = try load(Self.recipe(), in: directory, log: log)
        #expect(log.lines.count == 1)
        #expect(FileManager.default.fileExists(atPath: directory.path("models/feedback.vgm")))
        let second = try load(Self.recipe(), in: directory, log: log)
        #expect(log.lines.count == 1)
        #expect(ModelFile.encode(first) == ModelFile.encode(second))
    }

    @Test func retrainsWhenTheRecipeChangesOrTheCacheIsDamaged() throws {
        let directory = try TemporaryDirectory()
        let log = Log()
        _ = try load(Self.recipe(), in: directory, log: log)
        _ = try load(Self.recipe(epochs: 3), in: directory, log: log)
        #expect(log.lines.count == 2)
        _ = try load(Self.recipe(seed: 6, epochs: 3), in: directory, log: log)
        #expect(log.lines.count == 3)
        try Data("not a model".utf8).write(to: URL(fileURLWithPath: directory.path("models/feedback.vgm")))
        let repaired = try load(Self.recipe(seed: 6, epochs: 3), in: directory, log: log)
        #expect(log.lines.count == 4)
        #expect(try ModelFile.read(from: directory.path("models/feedback.vgm")).metadata == repaired.metadata)
    }

    @Test func onlyBuiltInTaxonomiesHaveRecipes() throws {
        #expect(BuiltInModels.recipe(for: .techIssues) != nil)
        let custom = try Taxonomy(name: "offensive", labels: ["offensive", "neutral"])
        #expect(BuiltInModels.recipe(for: custom) == nil)
        let directory = try TemporaryDirectory()
        #expect(throws: VigiaError.self) { try BuiltInModels.model(for: custom, directory: directory.path("m")) }
    }
}
