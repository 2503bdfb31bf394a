import Foundation

/// How full-text search sees text, shared by every store so that they agree: words are runs of letters and
/// digits, compared without case and accents ("ÁUDIO" finds "audio" and "áudio").
public enum SearchText {
    /// The words of `text`, folded.
    public static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }

    /// Whether `text` has every one of `words` (folded, as ``words(_:)`` makes them). Stores check this for each
    /// candidate message of a search, so chat text (ASCII, Portuguese and Spanish accents, emoji) is read scalar by
    /// scalar without Foundation; text with anything else takes ``words(_:)``, which defines the result.
    public static func contains(_ words: Set<String>, in text: String) -> Bool {
        guard !words.isEmpty else { return true }
        return containsByScalars(words, in: text) ?? words.isSubset(of: Self.words(text))
    }

    /// Nil when `text` or `words` has a character this reading does not know to fold exactly as Foundation does.
    private static func containsByScalars(_ words: Set<String>, in text: String) -> Bool? {
        let wanted = words.map { Array($0.utf8) }
        guard wanted.allSatisfy({ $0.allSatisfy(isASCIIWordByte) }) else { return nil }
        var found = [Bool](repeating: false, count: wanted.count)
        var missing = wanted.count
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func endWord() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            for index in wanted.indices where !found[index] && wanted[index] == word {
                found[index] = true
                missing -= 1
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80, isASCIIWordByte(UInt8(value)) {
                word.append(UInt8(value) | (value >= 65 && value <= 90 ? 0x20 : 0))
            } else if value < 0x80 {
                endWord()
            } else if (0xC0...0xFF).contains(value) {
                let folded = latinLetters[Int(value - 0xC0)]
                switch folded {
                case UInt8(ascii: " "): endWord()
                case UInt8(ascii: "?"): return nil
                default: word.append(folded)
                }
            } else if extendsPreviousCharacter(value) {
                // A modifier joins the character before it: after a letter it would change the word.
                guard word.isEmpty else { return nil }
            } else if isSeparator(value) {
                endWord()
            } else {
                return nil
            }
            if missing == 0 { return true }
        }
        endWord()
        return missing == 0
    }

    /// U+00C0…U+00FF folded: a letter for those that are a base letter with an accent, a space for separators,
    /// and `?` for letters Foundation folds otherwise (æ, ø, ß, ð, þ).
    private static let latinLetters = Array("aaaaaa?ceeeeiiii?nooooo ?uuuuy??aaaaaa?ceeeeiiii?nooooo ?uuuuy?y".utf8)

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }

    private static func extendsPreviousCharacter(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || value == 0x200D || value == 0x20E3 || (0x1F3FB...0x1F3FF).contains(value)
            || (0xE0020...0xE007F).contains(value) || (0x0300...0x036F).contains(value)
    }

    /// Punctuation, symbols and emoji: never part of a word.
    private static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0xA9, 0xAB, 0xAC, 0xAE...0xB1, 0xB4, 0xB6...0xB8, 0xBB, 0xBF: true
        case 0x2000...0x200A, 0x2010...0x2027, 0x2030...0x205E: true
        case 0x2190...0x2BFF, 0x1F000...0x1FAFF: true
        default: false
        }
    }
}
