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

    /// U+00C0…U+00FF folded: a letter for those that are a base letter with an accent, a space for separators,
    /// and `?` for letters Foundation folds otherwise (æ, ø, ß, ð, þ).
    fileprivate static let latinLetters = Array("aaaaaa?ceeeeiiii?nooooo ?uuuuy??aaaaaa?ceeeeiiii?nooooo ?uuuuy?y".utf8)

    fileprivate static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }

    fileprivate static func extendsPreviousCharacter(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || value == 0x200D || value == 0x20E3 || (0x1F3FB...0x1F3FF).contains(value)
            || (0xE0020...0xE007F).contains(value) || (0x0300...0x036F).contains(value)
    }

    /// Punctuation, symbols and emoji: never part of a word.
    fileprivate static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0xA9, 0xAB, 0xAC, 0xAE...0xB1, 0xB4, 0xB6...0xB8, 0xBB, 0xBF: true
        case 0x2000...0x200A, 0x2010...0x2027, 0x2030...0x205E: true
        case 0x2190...0x2BFF, 0x1F000...0x1FAFF: true
        default: false
        }
    }
}

/// The words of a search, prepared once to be looked for in many texts: every store checks candidate messages with
/// it. Chat text (ASCII, Portuguese and Spanish accents, emoji) is read straight from its UTF-8 bytes, without
/// Foundation and without allocating; text with any other character takes ``SearchText/words(_:)``, which defines
/// the result.
public struct SearchWords: Sendable {
    public let words: Set<String>
    /// The words' bytes, or nil when one is not ASCII or too long for the byte reading.
    private let asciiWords: [[UInt8]]?

    public init(_ query: String) {
        words = Set(SearchText.words(query))
        let bytes = words.map { Array($0.utf8) }
        asciiWords =
            words.count <= 64
                && bytes.allSatisfy({ $0.count <= SearchText.longestWord && $0.allSatisfy(SearchText.isASCIIWordByte) })
            ? bytes : nil
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether `text` has every word.
    public func areAll(in text: String) -> Bool {
        guard !words.isEmpty else { return true }
        var text = text
        return text.withUTF8 { areAll(inUTF8: $0) }
    }

    /// Whether the UTF-8 `text` has every word.
    public func areAll(inUTF8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !words.isEmpty else { return true }
        if let asciiWords, let found = Self.scan(text, for: asciiWords) { return found }
        return words.isSubset(of: SearchText.words(String(decoding: text, as: UTF8.self)))
    }

    private static func scan(_ text: UnsafeBufferPointer<UInt8>, for wanted: [[UInt8]]) -> Bool? {
        let everyWord: UInt64 = wanted.count == 64 ? ~0 : (1 << UInt64(wanted.count)) - 1
        var found: UInt64 = 0
        let read = SearchText.forEachWord(inUTF8: text) { word in
            for (index, candidate) in wanted.enumerated()
            where candidate.count == word.count && found & (1 << UInt64(index)) == 0 {
                if candidate.withUnsafeBufferPointer({ memcmp($0.baseAddress!, word.baseAddress!, word.count) == 0 }) {
                    found |= 1 << UInt64(index)
                }
            }
            return found != everyWord
        }
        return read == nil ? nil : found == everyWord
    }

    /// The bits of every word, so that most texts without them can be told apart by their
    /// ``SearchText/signature(ofUTF8:)``; empty (no test) when the words are not all read by bytes.
    public var signature: WordSignature {
        var signature = WordSignature()
        for word in asciiWords ?? [] { word.withUnsafeBufferPointer { signature.insert($0) } }
        return signature
    }
}

extension SearchText {
    /// The signature of the folded words of `text`; ``WordSignature/all`` for text that is not read by bytes.
    public static func signature(ofUTF8 text: UnsafeBufferPointer<UInt8>) -> WordSignature {
        var signature = WordSignature()
        return forEachWord(inUTF8: text) { word in
            signature.insert(word)
            return true
        } == nil ? .all : signature
    }

    public static func signature(of text: String) -> WordSignature {
        var text = text
        return text.withUTF8 { signature(ofUTF8: $0) }
    }

    static let longestWord = 64

    /// Hands each word of the UTF-8 `text`, folded to lowercase ASCII, to `visit` until it returns false. Words
    /// longer than ``longestWord`` bytes are skipped (no search word is that long). Nil when `text` has a character
    /// (or a byte sequence) this reading does not know to fold exactly as ``words(_:)`` does.
    static func forEachWord(
        inUTF8 text: UnsafeBufferPointer<UInt8>, _ visit: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestWord) { word -> Bool? in
            var length = 0
            var going = true
            func endWord() {
                defer { length = 0 }
                guard length > 0, length <= longestWord else { return }
                going = visit(UnsafeBufferPointer(rebasing: word[0..<length]))
            }
            func append(_ byte: UInt8) {
                if length < longestWord { word[length] = byte }
                length += 1
            }
            var position = 0
            while position < text.count, going {
                guard let (value, size) = scalar(in: text, at: position) else { return nil }
                position += size
                if value < 0x80 {
                    let byte = UInt8(value)
                    if isASCIIWordByte(byte) {
                        append(byte | (byte >= 65 && byte <= 90 ? 0x20 : 0))
                    } else {
                        endWord()
                    }
                } else if (0xC0...0xFF).contains(value) {
                    let folded = latinLetters[Int(value - 0xC0)]
                    switch folded {
                    case UInt8(ascii: " "): endWord()
                    case UInt8(ascii: "?"): return nil
                    default: append(folded)
                    }
                } else if extendsPreviousCharacter(value) {
                    // A modifier joins the character before it: after a letter it would change the word.
                    guard length == 0 else { return nil }
                } else if isSeparator(value) {
                    endWord()
                } else {
                    return nil
                }
            }
            if going { endWord() }
            return true
        }
    }

    /// The Unicode scalar that starts at `position` and its length in bytes; nil for ill-formed UTF-8.
    fileprivate static func scalar(in text: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int)? {
        let lead = text[position]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let size =
            switch lead {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 0
            }
        guard size > 0, position + size <= text.count else { return nil }
        var value = UInt32(lead) & (0xFF >> UInt32(size + 1))
        for offset in 1..<size {
            let byte = text[position + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = size == 2 ? 0x80 : size == 3 ? 0x800 : 0x10000
        guard value >= smallest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return (value, size)
    }
}

/// A 128-bit Bloom filter of a text's folded words, two bits per word: a text can have every word of a search only
/// if its signature contains theirs. Stores keep one per message to rule out most messages of a search without
/// reading them; with chat-length texts about 1 in 3,000 passes a two-word test it should fail.
public struct WordSignature: Sendable, Hashable {
    public var low: UInt64 = 0
    public var high: UInt64 = 0

    public init() {}

    public init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Contains every signature: for texts whose words are not known.
    public static let all = WordSignature(low: ~0, high: ~0)

    public var isEmpty: Bool { low == 0 && high == 0 }

    public func contains(_ other: WordSignature) -> Bool {
        low & other.low == other.low && high & other.high == other.high
    }

    fileprivate mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for bit in [hash >> 57, (hash >> 50) & 127] {
            if bit < 64 { low |= 1 << bit } else { high |= 1 << (bit - 64) }
        }
    }
}
