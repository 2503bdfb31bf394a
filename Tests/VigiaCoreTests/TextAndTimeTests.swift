import Foundation
import Testing
import VigiaCore

@Suite struct TextAndTimeTests {
    @Test func searchWordsMatchWholeWordsWithoutCaseOrAccents() {
        let words = SearchWords("Sem ÁUDIO")
        #expect(words.areAll(in: "sem audio aqui"))
        #expect(words.areAll(in: "AUDIO? sem!"))
        #expect(words.areAll(in: "tô sem áudio 😡"))
        #expect(!words.areAll(in: "semaudio"))
        #expect(!words.areAll(in: "sem audios"))
        #expect(!words.areAll(in: "audio ok"))
        #expect(SearchWords("").areAll(in: "anything"))
        // Ill-formed UTF-8 is read as Swift repairs it, never as a crash.
        let broken: [UInt8] = Array("sem ".utf8) + [0xC3] + Array(" audio".utf8)
        #expect(broken.withUnsafeBufferPointer { words.areAll(inUTF8: $0) })
    }

    @Test func theFastPathAgreesWithFolding() {
        var random = DeterministicRandom(seed: 7)
        // Scalars, not characters, so that modifiers land after letters, emoji and separators alike.
        let alphabet = Array(
            "abAB12 .-_!?ãéÇñÿÅ×ØßæÐ😡❤👍🏽\u{FE0F}\u{200D}\u{0301}\u{20E3}日¹ª«…—\u{AD}\u{A0}".unicodeScalars)
        let queries = ["a", "ab 1", "b2", "ab ab1 a", "ac", "cn"].map(SearchWords.init)
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<12, using: &random) {
                scalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
            }
            let text = String(scalars)
            for query in queries {
                let matches = query.areAll(in: text)
                #expect(matches == query.words.isSubset(of: SearchText.words(text)), "\(query.words) in '\(text)'")
                // A signature may let a text through that lacks the words, never stop one that has them.
                if matches { #expect(SearchText.signature(of: text).contains(query.signature)) }
            }
        }
    }

    @Test func signaturesTellMostTextsWithoutTheWordsApart() {
        let query = SearchWords("gol travando")
        #expect(query.signature.low.nonzeroBitCount + query.signature.high.nonzeroBitCount == 4)
        let texts = (0..<1_000).map { "mensagem número \($0) do chat" }
        let passing = texts.filter { SearchText.signature(of: $0).contains(query.signature) }
        #expect(passing.count < 10)
        #expect(SearchText.signature(of: "gol! e travando...").contains(query.signature))
        #expect(SearchText.signature(of: "日本") == .all)
        #expect(SearchWords("日本").signature.isEmpty)
    }

    @Test func rfc3339AgreesWithFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var random = DeterministicRandom(seed: 3)
        // Not before 1600: before 1582 Foundation uses the Julian calendar, RFC 3339 the Gregorian one.
        let samples: [Int64] =
            [0, -1, 951_782_400_000, 1_767_225_600_000, 4_102_444_799_999, -11_676_096_000_000]
            + (0..<2_000).map { _ in Int64.random(in: 0..<4_000_000, using: &random) * 1_000_003 - 1_000_000_000_000 }
        for milliseconds in samples {
            let time = Timestamp(milliseconds: milliseconds)
            let expected = formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            #expect(time.rfc3339 == expected)
            #expect(Timestamp(rfc3339: time.rfc3339) == time)
        }
    }

    @Test func rfc3339ReadsOffsetsAndRejectsNonsense() {
        #expect(Timestamp(rfc3339: "2026-11-22T20:14:05Z")?.milliseconds == 1_795_378_445_000)
        #expect(Timestamp(rfc3339: "2026-11-22t17:14:05.5-03:00")?.milliseconds == 1_795_378_445_500)
        #expect(Timestamp(rfc3339: "2026-11-22 20:14:05.123456+00:00")?.milliseconds == 1_795_378_445_123)
        #expect(Timestamp(rfc3339: "2024-02-29T00:00:00Z") != nil)
        for bad in [
            "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T20:14:05",
            "2026-11-22", "20:14:05Z", "2026-11-22T20:14:05.Z", "2026-11-22T20:14:05Z ", "", "2026-1-22T20:14:05Z",
        ] {
            #expect(Timestamp(rfc3339: bad) == nil, "\(bad)")
        }
    }
}

@Suite struct ExtremeTimestampTests {
    @Test func secondsDaysAndTextAreTotalOverEverySixtyFourBitTime() {
        for milliseconds: Int64 in [.min, .min + 1, -86_400_001, -1, 0, 999, 1000, .max - 1, .max] {
            let time = Timestamp(milliseconds: milliseconds)
            let start = Int128(time.epochSecond) * 1000
            #expect(start <= Int128(milliseconds) && Int128(milliseconds) - start < 1000)
            #expect(!time.rfc3339.isEmpty)
        }
        #expect(Timestamp(milliseconds: .min).epochSecond == -9_223_372_036_854_776)
        #expect(Timestamp(milliseconds: -1).epochSecond == -1)
        #expect(Timestamp(milliseconds: -1).rfc3339 == "1969-12-31T23:59:59.999Z")
    }

    @Test func onlyTimesFrom2000To2100AreAccepted() {
        #expect(Timestamp(acceptedText: "1999-12-31T23:59:59.999Z") == nil)
        #expect(Timestamp(acceptedText: "2000-01-01T00:00:00Z") == Timestamp.acceptedRange.lowerBound)
        #expect(Timestamp(acceptedText: "2100-01-01T00:00:00Z") == nil)
        #expect(Timestamp(acceptedText: "4102444799999")?.rfc3339 == "2099-12-31T23:59:59.999Z")
        #expect(Timestamp(acceptedText: "-9223372036854775808") == nil)
        #expect(Timestamp(acceptedJSONNumber: 1e20) == nil)
        #expect(Timestamp(acceptedJSONNumber: .nan) == nil && Timestamp(acceptedJSONNumber: -.infinity) == nil)
        #expect(Timestamp(acceptedJSONNumber: 1_795_378_445_000.9)?.milliseconds == 1_795_378_445_000)
    }
}
