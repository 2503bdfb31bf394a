/// Turns a raw chat message into the tokens Vigia's classifiers read.
///
/// Live chat is short and messy: "CADE O AUDIOOOO 😡😡", "vc tá sem som tb?", "kkkkkk travou dnv". The normalizer
/// folds case and accents (pt-BR and es), shortens runs of repeated letters, turns laughter, emoji, URLs, mentions
/// and numbers into marker tokens, expands common chat abbreviations, and splits into words and the punctuation
/// that carries meaning (`?` and `!`).
///
/// It runs on every message before classification, so it works on UTF-8 bytes in one pass and writes into a
/// reusable ``TokenBuffer``; it never throws and accepts any input.
public struct TextNormalizer: Sendable {
    public init() {}

    /// The normalized text: tokens joined by single spaces.
    public func normalize(_ text: String) -> String {
        var buffer = TokenBuffer()
        tokenize(text, into: &buffer)
        return buffer.tokens.joined(separator: " ")
    }

    /// Normalizes `text` into `buffer`, replacing what it held.
    public func tokenize(_ text: String, into buffer: inout TokenBuffer) {
        var text = text
        text.withUTF8 { tokenize($0, into: &buffer) }
    }

    /// Normalizes UTF-8 bytes into `buffer`, replacing what it held. Invalid UTF-8 bytes act as separators.
    public func tokenize(_ source: UnsafeBufferPointer<UInt8>, into buffer: inout TokenBuffer) {
        // No input byte becomes more than six output bytes ("⚽" → "<emoji_football>") nor more than one token,
        // so the whole message is written without a capacity check per byte.
        buffer.reserve(byteCapacity: 6 * source.count + 32, tokenCapacity: source.count + 1)
        let (byteCount, count) = buffer.bytes.withUnsafeMutableBufferPointer { bytes in
            buffer.starts.withUnsafeMutableBufferPointer { starts in
                buffer.ends.withUnsafeMutableBufferPointer { ends in
                    buffer.isWord.withUnsafeMutableBufferPointer { isWord in
                        var scanner = Scanner(
                            source: source, output: bytes.baseAddress!, starts: starts.baseAddress!,
                            ends: ends.baseAddress!, isWord: isWord.baseAddress!)
                        scanner.run()
                        return (scanner.length, scanner.count)
                    }
                }
            }
        }
        buffer.byteCount = byteCount
        buffer.count = count
    }
}

/// One pass over a message's bytes, writing through raw pointers into memory sized in advance. A word is built
/// directly in the output and finished (laughter, numbers, letter runs, abbreviations) when a separator ends it.
private struct Scanner {
    let source: UnsafeBufferPointer<UInt8>
    let output: UnsafeMutablePointer<UInt8>
    let starts: UnsafeMutablePointer<Int32>
    let ends: UnsafeMutablePointer<Int32>
    let isWord: UnsafeMutablePointer<Bool>
    /// Read once per message rather than once per word: each access to a global costs a check and a retain.
    private let abbreviations = ChatAbbreviations.shared
    private let folding = latin1Folding
    var index = 0
    var length = 0
    var count = 0
    /// Start of the word being built in the output, or -1 between words.
    var wordStart = -1

    init(
        source: UnsafeBufferPointer<UInt8>, output: UnsafeMutablePointer<UInt8>, starts: UnsafeMutablePointer<Int32>,
        ends: UnsafeMutablePointer<Int32>, isWord: UnsafeMutablePointer<Bool>
    ) {
        self.source = source
        self.output = output
        self.starts = starts
        self.ends = ends
        self.isWord = isWord
    }

    mutating func run() {
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte < 0x80 {
                if isASCIIAlphanumeric(byte) {
                    scanASCIIWordRun()
                } else {
                    scanASCIISeparator(byte)
                }
            } else if byte == 0xC3, index + 1 < count, source[index + 1] & 0xC0 == 0x80 {
                let folded = folding[Int(source[index + 1] & 0x3F)]
                if folded != 0 {
                    if wordStart < 0 { wordStart = length }
                    append(folded)
                } else {
                    finishWord()
                }
                index += 2
            } else {
                scanMultibyte(byte)
            }
        }
        finishWord()
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        output[length] = byte
        length += 1
    }

    private mutating func closeToken(from start: Int, isWord word: Bool) {
        starts[count] = Int32(start)
        ends[count] = Int32(length)
        isWord[count] = word
        count += 1
    }

    /// Appends a marker token unless the previous token is the same marker ("😡😡😡" is one `<emoji_angry>`).
    private mutating func appendMarker(_ marker: StaticString) {
        let size = marker.utf8CodeUnitCount
        if count > 0, Int(ends[count - 1] - starts[count - 1]) == size,
            (0..<size).allSatisfy({ output[Int(starts[count - 1]) + $0] == marker.utf8Start[$0] })
        {
            return
        }
        let start = length
        (output + length).update(from: marker.utf8Start, count: size)
        length += size
        closeToken(from: start, isWord: false)
    }

    /// Copies a run of ASCII letters and digits, lowercased, into the current word: most of any message.
    @inline(__always)
    private mutating func scanASCIIWordRun() {
        if wordStart < 0 {
            let first = source[index] | 0x20
            if first == UInt8(ascii: "h") || first == UInt8(ascii: "w"), let urlEnd = urlEnd(at: index) {
                appendMarker("<url>")
                index = urlEnd
                return
            }
            wordStart = length
        }
        var position = index
        var written = length
        let end = source.count
        repeat {
            let byte = source[position]
            output[written] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            written += 1
            position += 1
        } while position < end && isASCIIAlphanumeric(source[position])
        index = position
        length = written
    }

    private mutating func scanASCIISeparator(_ byte: UInt8) {
        finishWord()
        switch byte {
        case UInt8(ascii: "?"): appendMarker("?")
        case UInt8(ascii: "!"): appendMarker("!")
        case UInt8(ascii: "@") where index + 1 < source.count && isASCIIWordByte(source[index + 1]):
            index += 1
            while index < source.count && (isASCIIWordByte(source[index]) || source[index] == UInt8(ascii: ".")) {
                index += 1
            }
            appendMarker("<mention>")
            return
        case UInt8(ascii: "<"):
            if copyPlaceholder() { return }
        default: break
        }
        index += 1
    }

    /// Keeps markers that redaction already put in the text (`<cpf>`, `<email>`) as single tokens.
    private mutating func copyPlaceholder() -> Bool {
        var end = index + 1
        while end < source.count, end - index <= 16, (source[end] >= 0x61 && source[end] <= 0x7A) || source[end] == 0x5F
        {
            end += 1
        }
        guard end < source.count, end > index + 1, source[end] == UInt8(ascii: ">") else { return false }
        let start = length
        for position in index...end { append(source[position]) }
        closeToken(from: start, isWord: false)
        index = end + 1
        return true
    }

    /// The end of a URL starting at `start`, if one starts there (`http://`, `https://`, `www.`).
    private func urlEnd(at start: Int) -> Int? {
        let first = source[start] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else { return nil }
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let size = prefix.utf8CodeUnitCount
            guard start + size <= source.count else { return false }
            for offset in 0..<size where source[start + offset] | 0x20 != prefix.utf8Start[offset] | 0x20 {
                return false
            }
            return true
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var end = start
        while end < source.count && source[end] > 0x20 { end += 1 }
        return end
    }

    private mutating func scanMultibyte(_ lead: UInt8) {
        let size: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: size = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: size = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: size = 4; scalar = UInt32(lead & 0x07)
        default:
            finishWord()
            index += 1
            return
        }
        guard index + size <= source.count else {
            finishWord()
            index = source.count
            return
        }
        for offset in 1..<size {
            let continuation = source[index + offset]
            guard continuation & 0xC0 == 0x80 else {
                finishWord()
                index += 1
                return
            }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        defer { index += size }
        switch EmojiMarkers.classify(scalar) {
        case .joiner:
            return
        case .marker(let marker):
            finishWord()
            appendMarker(marker)
        case .separator:
            finishWord()
        case .letter:
            if wordStart < 0 { wordStart = length }
            for offset in 0..<size { append(source[index + offset]) }
        }
    }

    /// Ends the current word: laughter and numbers become markers, letter runs shrink, abbreviations expand.
    private mutating func finishWord() {
        guard wordStart >= 0 else { return }
        let start = wordStart
        wordStart = -1
        let word = UnsafeBufferPointer(start: output + start, count: length - start)
        if Laughter.matches(word) {
            length = start
            appendMarker("<laugh>")
            return
        }
        if word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            length = start
            appendMarker("<num>")
            return
        }
        length = start + shortenLetterRuns(UnsafeMutableBufferPointer(mutating: word))
        if let range = abbreviations.expansion(of: UnsafeBufferPointer(start: output + start, count: length - start)) {
            length = start
            var wordBegin = start
            for byte in abbreviations.expansions[range] {
                if byte == UInt8(ascii: " ") {
                    closeToken(from: wordBegin, isWord: true)
                    wordBegin = length
                } else {
                    append(byte)
                }
            }
            closeToken(from: wordBegin, isWord: true)
            return
        }
        closeToken(from: start, isWord: true)
    }
}

/// "travandooo" → "travando", "caiuuuu" → "caiu", "carrrro" → "carro": a run of three or more of one letter is
/// emphasis, not spelling. Portuguese doubles only r and s, so those runs keep two; runs of two are left alone
/// ("leem", "voo", Spanish "llamar"). Returns the word's new length.
@inline(__always)
func shortenLetterRuns(_ word: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let end = word.count
    guard end >= 3 else { return end }
    // Most words have no run of three: find the first one before writing anything.
    var first = 2
    while first < end && !(word[first] == word[first - 1] && word[first] == word[first - 2]) { first += 1 }
    guard first < end else { return end }
    var read = first - 2
    var write = first - 2
    while read < end {
        let byte = word[read]
        var runEnd = read + 1
        while runEnd < end && word[runEnd] == byte { runEnd += 1 }
        let run = runEnd - read
        let keep: Int
        if run < 3 || byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) {
            keep = run
        } else {
            keep = byte == UInt8(ascii: "r") || byte == UInt8(ascii: "s") ? 2 : 1
        }
        for _ in 0..<keep {
            word[write] = byte
            write += 1
        }
        read = runEnd
    }
    return write
}

@inline(__always)
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
}

@inline(__always)
func isASCIIWordByte(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
}

/// The second byte of a two-byte UTF-8 sequence led by 0xC3 (U+00C0–U+00FF), low six bits → folded ASCII letter,
/// or 0 for × and ÷. Upper and lower case fold alike.
private let latin1Folding: [UInt8] = {
    // U+00C0 + i for i in 0..<64: ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß, then the same block in lower case.
    let upper = Array("aaaaaaaceeeeiiiidnooooo\u{0}ouuuuyts".utf8)
    let lower = Array("aaaaaaaceeeeiiiidnooooo\u{0}ouuuuyty".utf8)
    return (0..<64).map { $0 < 32 ? upper[$0] : lower[$0 - 32] }
}()
