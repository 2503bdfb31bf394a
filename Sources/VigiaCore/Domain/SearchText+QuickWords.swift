extension SearchText {
    /// The folded words of `text` as ``words(_:)`` gives them, less those longer than 64 bytes, read straight from
    /// the UTF-8 bytes when the text is chat (ASCII, Portuguese and Spanish accents, emoji): Foundation's folding
    /// costs several microseconds a message, too much for code that reads every message's words, such as tags.
    public static func quickWords(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            let read = forEachWord(inUTF8: bytes) { word in
                words.append(String(decoding: word, as: UTF8.self))
                return true
            }
            return read == nil
                ? SearchText.words(String(decoding: bytes, as: UTF8.self)).filter {
                    $0.utf8.count <= longestWord
                } : words
        }
    }
}
