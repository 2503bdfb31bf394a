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
        buffer.removeAll()
        var scanner = Scanner(source: source)
        scanner.run(into: &buffer)
    }
}

/// One pass over a message's bytes. A word is built directly in the output buffer and finished (laughter, numbers,
/// letter runs, abbreviations) when a separator ends it.
private struct Scanner {
    let source: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Start of the word being built in the output, or nil between words.
    var wordStart: Int?

    init(source: UnsafeBufferPointer<UInt8>) { self.source = source }

    mutating func run(into out: inout TokenBuffer) {
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte < 0x80 {
                scanASCII(byte, into: &out)
            } else if byte == 0xC3, index + 1 < count {
                let folded = latin1Folding[Int(source[index + 1] & 0x3F)]
                if folded != 0 && source[index + 1] & 0xC0 == 0x80 {
                    if wordStart == nil { wordStart = out.bytes.count }
                    out.bytes.append(folded)
                } else {
                    finishWord(into: &out)
                }
                index += 2
            } else {
                scanMultibyte(byte, into: &out)
            }
        }
        finishWord(into: &out)
    }

    private mutating func scanASCII(_ byte: UInt8, into out: inout TokenBuffer) {
        let lower = byte | 0x20
        if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
            if wordStart == nil {
                if let urlEnd = urlEnd(at: index) {
                    out.appendMarker("<url>")
                    index = urlEnd
                    return
                }
                wordStart = out.bytes.count
            }
            out.bytes.append(byte >= 0x41 && byte <= 0x5A ? lower : byte)
            index += 1
            return
        }
        finishWord(into: &out)
        switch byte {
        case UInt8(ascii: "?"): out.appendMarker("?")
        case UInt8(ascii: "!"): out.appendMarker("!")
        case UInt8(ascii: "@") where index + 1 < source.count && isASCIIWordByte(source[index + 1]):
            index += 1
            while index < source.count && (isASCIIWordByte(source[index]) || source[index] == UInt8(ascii: "."))
            {
                index += 1
            }
            out.appendMarker("<mention>")
            return
        case UInt8(ascii: "<"):
            if copyPlaceholder(into: &out) { return }
        default: break
        }
        index += 1
    }

    /// Keeps markers that redaction already put in the text (`<cpf>`, `<email>`) as single tokens.
    private mutating func copyPlaceholder(into out: inout TokenBuffer) -> Bool {
        var end = index + 1
        while end < source.count, end - index <= 16, (source[end] >= 0x61 && source[end] <= 0x7A) || source[end] == 0x5F
        {
            end += 1
        }
        guard end < source.count, end > index + 1, source[end] == UInt8(ascii: ">") else { return false }
        let start = out.bytes.count
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[index...end]))
        out.closeToken(from: start, isWord: false)
        index = end + 1
        return true
    }

    /// The end of a URL starting at `start`, if one starts there (`http://`, `https://`, `www.`).
    private func urlEnd(at start: Int) -> Int? {
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard start + length <= source.count else { return false }
            for offset in 0..<length where source[start + offset] | 0x20 != prefix.utf8Start[offset] | 0x20 {
                return false
            }
            return true
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var end = start
        while end < source.count && source[end] > 0x20 { end += 1 }
        return end
    }

    private mutating func scanMultibyte(_ lead: UInt8, into out: inout TokenBuffer) {
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default:
            finishWord(into: &out)
            index += 1
            return
        }
        guard index + length <= source.count else {
            finishWord(into: &out)
            index = source.count
            return
        }
        for offset in 1..<length {
            let continuation = source[index + offset]
            guard continuation & 0xC0 == 0x80 else {
                finishWord(into: &out)
                index += 1
                return
            }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        defer { index += length }
        switch EmojiMarkers.classify(scalar) {
        case .joiner:
            return
        case .marker(let marker):
            finishWord(into: &out)
            out.appendMarker(marker)
        case .separator:
            finishWord(into: &out)
        case .letter:
            if wordStart == nil { wordStart = out.bytes.count }
            out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<(index + length)]))
        }
    }

    /// Ends the current word: laughter and numbers become markers, letter runs shrink, abbreviations expand.
    private mutating func finishWord(into out: inout TokenBuffer) {
        guard let start = wordStart else { return }
        wordStart = nil
        if Laughter.matches(out.bytes, from: start) {
            out.bytes.removeSubrange(start...)
            out.appendMarker("<laugh>")
            return
        }
        if out.bytes[start...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            out.bytes.removeSubrange(start...)
            out.appendMarker("<num>")
            return
        }
        shortenLetterRuns(&out.bytes, from: start)
        if let expansion = ChatAbbreviations.expansion(of: out.bytes, from: start) {
            out.bytes.removeSubrange(start...)
            for word in expansion {
                let wordStart = out.bytes.count
                out.bytes.append(contentsOf: word)
                out.closeToken(from: wordStart, isWord: true)
            }
            return
        }
        out.closeToken(from: start, isWord: true)
    }
}

/// "travandooo" → "travando", "caiuuuu" → "caiu", "carrrro" → "carro": a run of three or more of one letter is
/// emphasis, not spelling. Portuguese doubles only r and s, so those runs keep two; runs of two are left alone
/// ("leem", "voo", Spanish "llamar").
func shortenLetterRuns(_ bytes: inout [UInt8], from start: Int) {
    var read = start
    var write = start
    let end = bytes.count
    while read < end {
        let byte = bytes[read]
        var runEnd = read + 1
        while runEnd < end && bytes[runEnd] == byte { runEnd += 1 }
        let run = runEnd - read
        let keep: Int
        if run < 3 || byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) {
            keep = run
        } else {
            keep = byte == UInt8(ascii: "r") || byte == UInt8(ascii: "s") ? 2 : 1
        }
        for _ in 0..<keep {
            bytes[write] = byte
            write += 1
        }
        read = runEnd
    }
    bytes.removeSubrange(write..<end)
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
