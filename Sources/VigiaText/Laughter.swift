/// Recognizes laughter as typed in Brazilian and Spanish chat: "kkkk", "kkkj", "ksksks", "hahaha", "huehue",
/// "rsrs", "jajaja". They all mean the same thing, so they become one `<laugh>` marker.
enum Laughter {
    /// Whether the lowercase ASCII word is laughter.
    static func matches(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2, let first = word.first else { return false }
        let k = UInt8(ascii: "k")
        if first == k {
            // "kk", "kkkkk", "kkkj", "kkjkkj"; "ksks" (two or more "ks")
            var ks = 0
            var onlyKJ = true
            for byte in word {
                if byte == k { ks += 1 } else if byte != UInt8(ascii: "j") { onlyKJ = false }
            }
            if onlyKJ { return ks >= 2 }
            return word.count >= 4 && isRepetition(word, of: UInt8(ascii: "k"), UInt8(ascii: "s"))
        }
        if first == UInt8(ascii: "r") {
            return word.count >= 4 && isRepetition(word, of: UInt8(ascii: "r"), UInt8(ascii: "s"))
        }
        return word.count >= 4 && (first == UInt8(ascii: "h") || first == UInt8(ascii: "j") || isVowel(first))
            && isSyllableLaughter(word)
    }

    /// "rsrsrs", "ksksk": the pair repeated, a trailing half allowed.
    private static func isRepetition(_ word: UnsafeBufferPointer<UInt8>, of a: UInt8, _ b: UInt8) -> Bool {
        var expectA = true
        for byte in word {
            guard byte == (expectA ? a : b) else { return false }
            expectA.toggle()
        }
        return true
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    /// "hahaha", "ahahah", "huehue", "huahuahua", "jajaja": one consonant (h or j) alternating with vowel runs of
    /// one or two, at least twice (three times for j). One consonant only, so "haja" (a word, as in "haja
    /// coração") is not laughter.
    private static func isSyllableLaughter(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var consonant: UInt8?
        var consonants = 0
        var vowelRun = 0
        for byte in word {
            if isVowel(byte) {
                vowelRun += 1
                if vowelRun > 2 { return false }
            } else if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "j") {
                if let consonant, consonant != byte { return false }
                consonant = byte
                consonants += 1
                if consonants > 1 && vowelRun == 0 { return false }
                vowelRun = 0
            } else {
                return false
            }
        }
        // "jaja" alone is Portuguese "já já" (soon); Spanish laughter is usually longer.
        return consonants >= (consonant == UInt8(ascii: "j") ? 3 : 2)
    }
}
