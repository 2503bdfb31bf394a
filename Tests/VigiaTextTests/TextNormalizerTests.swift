import Testing
import VigiaText

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test(arguments: [
        ("CADÊ O ÁUDIO", "cade o audio"),
        ("Não está NADA bom, Ação!", "nao esta nada bom acao !"),
        ("ñandú pingüino", "nandu pinguino"),
        ("travandooo", "travando"),
        ("caiuuuu", "caiu"),
        ("audiooooo", "audio"),
        ("carrrro", "carro"),
        ("issssso", "isso"),
        ("leem voo", "leem voo"),
    ])
    func foldsCaseAccentsAndLetterRuns(input: String, expected: String) {
        #expect(normalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        "kkkk", "kkkkkkkkk", "KKKKJ", "hahaha", "HUEHUE", "rsrsrs", "ksksks", "jajaja", "ahahah", "😂", "🤣",
    ])
    func laughterBecomesOneMarker(input: String) {
        #expect(normalizer.normalize(input) == "<laugh>")
    }

    @Test(arguments: ["haja", "jaja", "kaka", "hoje", "kd"])
    func wordsThatLookLikeLaughterStayWords(input: String) {
        #expect(!normalizer.normalize(input).contains("<laugh>"))
    }

    @Test func repeatedLaughterAndPunctuationFoldIntoOne() {
        #expect(normalizer.normalize("kkkk kkkk 😂😂 travou???!!") == "<laugh> travou ? !")
    }

    @Test func emojiBecomeMarkersByMeaning() {
        #expect(normalizer.normalize("sem som 😡😡") == "sem som <emoji_angry>")
        #expect(normalizer.normalize("🔇") == "<emoji_mute>")
        #expect(normalizer.normalize("❤️❤️ top") == "<emoji_heart> top")
        #expect(normalizer.normalize("👍🏽") == "<emoji_ok>")
        #expect(normalizer.normalize("📺⚫") == "<emoji_screen> <emoji_black>")
        #expect(normalizer.normalize("🦩") == "<emoji>")
    }

    @Test func urlsMentionsAndNumbersBecomeMarkers() {
        #expect(normalizer.normalize("olha https://x.com/a?b=1 aqui") == "olha <url> aqui")
        #expect(normalizer.normalize("www.site.com.br") == "<url>")
        #expect(normalizer.normalize("@CazeTV arruma") == "<mention> arruma")
        #expect(normalizer.normalize("2 a 1 aos 45") == "<num> a <num> aos <num>")
        #expect(normalizer.normalize("não sai do 480p") == "nao sai do 480p")
    }

    @Test func chatAbbreviationsExpand() {
        #expect(normalizer.normalize("vc ta sem som tb?") == "voce ta sem som tambem ?")
        #expect(normalizer.normalize("travou dnv pq") == "travou de novo porque")
        #expect(normalizer.normalize("kd o som") == "cade o som")
        #expect(normalizer.normalize("n tem audio mt ruim pfvr vlw") == "nao tem audio muito ruim por favor valeu")
        #expect(normalizer.normalize("VCCCC") == "voce")
    }

    @Test func redactionPlaceholdersStayWhole() {
        #expect(normalizer.normalize("meu cpf <cpf> e email <email>") == "meu cpf <cpf> e email <email>")
        #expect(normalizer.normalize("a < b > c") == "a b c")
    }

    @Test func tokensKnowWhetherTheyAreWords() {
        var buffer = TokenBuffer()
        normalizer.tokenize("sem som 😡 kkk ?", into: &buffer)
        #expect(buffer.tokens == ["sem", "som", "<emoji_angry>", "<laugh>", "?"])
        #expect(Array(buffer.isWord.prefix(buffer.count)) == [true, true, false, false, false])
    }

    @Test func anyInputIsAccepted() {
        #expect(normalizer.normalize("") == "")
        #expect(normalizer.normalize("   ...,,, ") == "")
        // Other scripts are kept as they are: their letters form words.
        #expect(normalizer.normalize("Привет, мир") == "Привет мир")
        let invalid: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0xE0, 0x80]
        var buffer = TokenBuffer()
        invalid.withUnsafeBufferPointer { normalizer.tokenize($0, into: &buffer) }
        #expect(buffer.tokens == ["a", "b"])
    }
}
