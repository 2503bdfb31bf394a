import Foundation

/// A YouTube video as people paste it: a bare 11-character id, or a `watch?v=`, `youtu.be/`, `/live/` (also
/// `/shorts/` and `/embed/`) URL.
enum YouTubeVideoReference {
    /// The video id in `text`, or nil when it names none.
    static func videoID(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if isVideoID(trimmed) { return trimmed }
        guard let url = URLComponents(string: trimmed), let host = url.host?.lowercased() else { return nil }
        let path = url.path.split(separator: "/").map(String.init)
        let candidate: String?
        if host == "youtu.be" || host == "www.youtu.be" {
            candidate = path.first
        } else if host == "youtube.com" || host.hasSuffix(".youtube.com") {
            if path.first == "watch" {
                candidate = url.queryItems?.first { $0.name == "v" }?.value
            } else if path.count >= 2, ["live", "shorts", "embed"].contains(path[0]) {
                candidate = path[1]
            } else {
                candidate = nil
            }
        } else {
            candidate = nil
        }
        return candidate.flatMap { isVideoID($0) ? $0 : nil }
    }

    private static func isVideoID(_ text: String) -> Bool {
        text.utf8.count == 11
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
