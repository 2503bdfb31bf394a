import Testing
import VigiaCore

@Suite struct SearchTextQuickWordsTests {
    @Test(arguments: [
        "CADÊ O ÁUDIO??? tá sem som 😡😡 kkkk", "La app NO funciona sin Bluetooth desde la actualización",
        "ñandú pingüino 2x1 🇧🇷🇧🇷 vai!", "Straße Привет мир", "cafe\u{301} com leite", "", "   ",
    ])
    func quickWordsAreTheWordsOfASearch(text: String) {
        #expect(SearchText.quickWords(text) == SearchText.words(text))
    }

    @Test func wordsLongerThan64BytesAreLeftOut() {
        let long = String(repeating: "a", count: 65)
        #expect(SearchText.quickWords("sem \(long) audio") == ["sem", "audio"])
        #expect(SearchText.quickWords("Straße \(long)") == ["strasse"])
    }
}
