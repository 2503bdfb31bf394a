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
}
