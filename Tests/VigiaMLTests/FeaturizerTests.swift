import Testing
import VigiaText

@testable import VigiaML

@Suite struct FeaturizerTests {
    let featurizer = Featurizer(configuration: FeatureConfiguration(wordNgrams: 2, minCharNgram: 3, maxCharNgram: 5))

    func features(_ text: String) -> [UInt32] {
        var features: [UInt32] = []
        var tokens = TokenBuffer()
        featurizer.features(of: text, into: &features, tokens: &tokens)
        return features
    }

    @Test func countsBiasWordsCharNgramsAndBigrams() {
        // "<sem>" has 3 trigrams, 2 four-grams and 1 five-gram; so has "<som>". 1 bias + 2 × (1 + 6) + 1 bigram.
        #expect(features("sem som").count == 16)
        // Markers get no character n-grams: bias + <laugh> + "?" + 1 bigram.
        #expect(features("kkkk ?").count == 4)
        #expect(features("").count == 1)
    }

    @Test func normalizationMakesVariantsIdentical() {
        #expect(features("SEM SOM!!!") == features("sem som !"))
        #expect(features("cadê o áudioooo") == features("cade o audio"))
        #expect(features("sem som") != features("som sem"))
    }

    @Test func bucketsStayInRange() {
        let small = Featurizer(configuration: FeatureConfiguration(bucketBits: 10))
        var buckets: [UInt32] = []
        var tokens = TokenBuffer()
        small.features(of: "uma frase qualquer com várias palavras diferentes", into: &buckets, tokens: &tokens)
        #expect(buckets.allSatisfy { $0 < 1024 })
    }

    @Test func onlyCharacterNgramsWhenAsked() {
        let wordsOnly = Featurizer(configuration: FeatureConfiguration(wordNgrams: 1, minCharNgram: 0, maxCharNgram: 0))
        var buckets: [UInt32] = []
        var tokens = TokenBuffer()
        wordsOnly.features(of: "sem som aqui", into: &buckets, tokens: &tokens)
        #expect(buckets.count == 4)
    }
}
