import Testing
import VigiaText

@Suite struct KeyphraseTests {
    let extractor = KeyphraseExtractor()

    @Test func stopwordsLaughterNumbersAndSingleLettersAreNeverCandidates() {
        let candidates = extractor.candidates(in: "o áudio da live tá travando kkkkkk 2024 e rs x HAHAHA de novo")
        #expect(candidates.map(\.term) == ["audio", "live", "travando", "novo"])
    }

    @Test func phrasesNeitherStartNorEndWithAStopword() {
        let terms = extractor.candidates(in: "a imagem do jogo congelou com o som").map(\.term)
        #expect(terms == ["imagem", "jogo", "congelou", "jogo congelou", "som"])
    }

    @Test func caseAndAccentsAreFolded() {
        #expect(extractor.keyphrases(in: "ÁUDIO Cortando NA TRANSMISSÃO") == ["audio cortando", "transmissao"])
    }

    @Test func aNegationAndWhatItNegatesMakeAPhrase() {
        #expect(extractor.keyphrases(in: "tá sem áudio aqui de novo") == ["sem audio", "novo"])
        #expect(extractor.keyphrases(in: "la app no funciona sin bluetooth") == ["sin bluetooth", "funciona", "app"])
        // Alone, a negation is no keyphrase.
        #expect(extractor.keyphrases(in: "sem") == [])
    }

    @Test func candidatesThatShareAWordWithABetterOneAreSkipped() {
        #expect(extractor.keyphrases(in: "audio travando video congelado") == ["video congelado", "audio travando"])
    }

    @Test func aRepeatedWordIsOneCandidateWithItsCount() {
        let candidates = extractor.candidates(in: "gol gol GOL do brasil")
        #expect(candidates.first { $0.term == "gol" }?.count == 3)
        #expect(candidates.filter { $0.term == "gol" }.count == 1)
        #expect(candidates.first { $0.term == "gol gol" }?.count == 2)
    }

    @Test func theLimitIsRespected() {
        let text = "microfone estourado camera escura legenda atrasada placar errado"
        #expect(extractor.keyphrases(in: text).count == 3)
        #expect(KeyphraseExtractor(limit: 1).keyphrases(in: text) == ["microfone estourado"])
    }

    @Test func aRareWordBeatsACommonOneWithFrequencies() {
        var frequencies = DocumentFrequencies()
        for index in 0..<200 {
            let text = index.isMultiple(of: 10) ? "a transmissao caiu com wifi" : "transmissao ao vivo numero \(index)"
            frequencies.record(extractor.candidates(in: text))
        }
        let text = "a transmissao e o wifi"
        // Without frequencies the longer word ranks first; with them the common one loses.
        #expect(extractor.keyphrases(in: text) == ["transmissao", "wifi"])
        #expect(extractor.keyphrases(in: text, frequencies: frequencies) == ["wifi", "transmissao"])
        #expect(frequencies.frequency(of: "transmissao") == 200)
        #expect(frequencies.frequency(of: "wifi") == 20)
        #expect(frequencies.inverseFrequency(of: "wifi") > frequencies.inverseFrequency(of: "transmissao"))
    }

    @Test func theVocabularyCapIsRespectedAndTheRarestGo() {
        var frequencies = DocumentFrequencies(capacity: 100)
        for index in 0..<1_000 {
            frequencies.record(extractor.candidates(in: "jogo palavra\(index)"))
            #expect(frequencies.vocabularySize <= 100)
        }
        #expect(frequencies.frequency(of: "jogo") == 1_000)
        #expect(frequencies.frequency(of: "palavra999") == 1)
        #expect(frequencies.frequency(of: "palavra0") == 0)
    }

    @Test func countsAgeSoTheFrequenciesFollowTheStream() {
        var frequencies = DocumentFrequencies(horizon: 100)
        for _ in 0..<99 { frequencies.record(extractor.candidates(in: "velho")) }
        frequencies.record(extractor.candidates(in: "novo"))
        #expect(frequencies.documentCount == 50)
        #expect(frequencies.frequency(of: "velho") == 49)
        // Seen once, then halved: forgotten.
        #expect(frequencies.frequency(of: "novo") == 0)
        for _ in 0..<400 { frequencies.record(extractor.candidates(in: "novo")) }
        #expect(frequencies.documentCount < 100)
        #expect(frequencies.frequency(of: "velho") == 0)
        #expect(frequencies.frequency(of: "novo") > 25)
    }

    @Test func theSameMessageGivesTheSameKeyphrases() {
        let text = "zebra gato pato"
        #expect(extractor.keyphrases(in: text) == ["zebra gato", "pato"])
        let frequencies = DocumentFrequencies()
        // Unseen words score the same: ties go to phrases, then longer terms, then alphabetical.
        #expect(extractor.keyphrases(in: "pato gato", frequencies: frequencies) == ["pato gato"])
        #expect(extractor.keyphrases(in: "pato, gato! rato", frequencies: frequencies) == ["gato rato", "pato"])
    }
}
