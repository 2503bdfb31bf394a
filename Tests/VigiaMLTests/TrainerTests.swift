import Foundation
import Testing
import VigiaCore

@testable import VigiaML

@Suite struct TrainerTests {
    let parameters = TrainingParameters(epochs: 5, dimension: 16, bucketBitsForTests: 16)

    @Test func learnsASimpleProblem() throws {
        let result = try Trainer.train(
            taxonomy: Fixtures.taxonomy, examples: Fixtures.examples(count: 600), parameters: parameters)
        let validation = try #require(result.validation)
        #expect(validation.leaf.accuracy > 0.95)
        #expect(result.model.classify("sem som aqui").label == "audio.sem_som")
        #expect(result.model.classify("travando demais").label == "video.travando")
        #expect(result.model.classify("boa noite").label == "nenhum")
        let confidence = result.model.classify("sem som").confidence
        #expect(confidence > 0.5 && confidence <= 1)
    }

    @Test func sameDataAndSeedGiveTheSameModelFileByteForByte() throws {
        let examples = Fixtures.examples(count: 300)
        let first = try Trainer.train(taxonomy: Fixtures.taxonomy, examples: examples, parameters: parameters)
        let second = try Trainer.train(taxonomy: Fixtures.taxonomy, examples: examples, parameters: parameters)
        #expect(ModelFile.encode(first.model) == ModelFile.encode(second.model))
        var other = parameters
        other.seed = 99
        let third = try Trainer.train(taxonomy: Fixtures.taxonomy, examples: examples, parameters: other)
        #expect(ModelFile.encode(first.model) != ModelFile.encode(third.model))
    }

    @Test func probabilitiesSumToOne() throws {
        let model = try Trainer.train(
            taxonomy: Fixtures.taxonomy, examples: Fixtures.examples(count: 300), parameters: parameters
        ).model
        var scratch = ClassificationScratch()
        for text in ["sem som", "", "texto qualquer nunca visto 🦩", String(repeating: "a ", count: 3000)] {
            model.computeProbabilities(text, scratch: &scratch)
            #expect(abs(scratch.probabilities.reduce(0, +) - 1) < 1e-4)
            #expect(scratch.probabilities.allSatisfy { $0 >= 0 && $0 <= 1 })
        }
    }

    @Test func theBestLabelIsClassifysFirstChoice() throws {
        let model = try Trainer.train(
            taxonomy: Fixtures.taxonomy, examples: Fixtures.examples(count: 300), parameters: parameters
        ).model
        let best = model.bestLabel()
        for example in Fixtures.examples(count: 50, seed: 9) + [LabeledExample(text: "", label: "nenhum")] {
            #expect(best(example.text) == model.classify(example.text).top[0])
        }
    }

    @Test func foldedWordRowsAgreeWithFeatureByFeatureScoring() throws {
        let model = try Trainer.train(
            taxonomy: Fixtures.taxonomy, examples: Fixtures.examples(count: 600), parameters: parameters
        ).model
        // The same model without its word table scores every word through its n-gram buckets.
        let bucketsOnly = try ClassifierModel(
            metadata: model.metadata,
            words: QuantizedTable(entries: [], labelCount: 3),
            buckets: model.buckets)
        #expect(model.words.entryCount > 0)
        var scratch = ClassificationScratch()
        for text in ["sem som aqui mano", "travou tudo kkk", "boa noite chat", "palavras novas: imagem congelou"] {
            model.computeProbabilities(text, scratch: &scratch)
            let folded = scratch.probabilities
            bucketsOnly.computeProbabilities(text, scratch: &scratch)
            for (a, b) in zip(folded, scratch.probabilities) { #expect(abs(a - b) < 0.03, "\(text)") }
        }
    }

    @Test func rejectsLabelsOutsideTheTaxonomyAndEmptyData() {
        #expect(throws: VigiaError.self) {
            try Trainer.train(
                taxonomy: Fixtures.taxonomy, examples: [LabeledExample(text: "x", label: "spam")],
                parameters: parameters)
        }
        #expect(throws: VigiaError.self) {
            try Trainer.train(taxonomy: Fixtures.taxonomy, examples: [], parameters: parameters)
        }
        var bad = parameters
        bad.epochs = 0
        #expect(throws: VigiaError.self) {
            try Trainer.train(taxonomy: Fixtures.taxonomy, examples: Fixtures.examples(count: 30), parameters: bad)
        }
    }

    @Test func validationSplitHoldsOutEachLabel() {
        var random = DeterministicRandom(seed: 1)
        let targets = Array(repeating: 0, count: 50) + Array(repeating: 1, count: 20) + [2, 2]
        let (training, validation) = Trainer.split(targets: targets, labelCount: 3, share: 0.1, random: &random)
        #expect(training.count + validation.count == targets.count)
        #expect(Set(training).isDisjoint(with: validation))
        #expect(validation.filter { targets[$0] == 0 }.count == 5)
        #expect(validation.filter { targets[$0] == 1 }.count == 2)
        #expect(validation.filter { targets[$0] == 2 }.isEmpty)
    }
}

extension TrainingParameters {
    init(epochs: Int, dimension: Int, bucketBitsForTests: Int) {
        self.init(
            epochs: epochs, dimension: dimension, features: FeatureConfiguration(bucketBits: bucketBitsForTests))
    }
}

@Suite struct FastExpTests {
    @Test func matchesTheLibraryExponentialWhereSoftmaxUsesIt() {
        for step in 0...1600 {
            let x = -Float(step) * 0.05
            let expected = Foundation.exp(Double(x))
            #expect(abs(Double(fastExp(x)) - expected) <= 1e-5 * expected, "x = \(x)")
        }
        #expect(fastExp(-1000) >= 0 && fastExp(-1000) < 1e-37)
        #expect(fastExp(0) == 1)
    }
}
