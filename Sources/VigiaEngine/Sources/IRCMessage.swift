/// One IRC line with IRCv3 tags, as Twitch chat sends them:
/// `@tag=value;tag2 :nick!user@host COMMAND param param :trailing text`.
struct IRCMessage: Sendable, Hashable {
    /// Tag values unescaped (`\s` space, `\:` semicolon, `\\` backslash, `\r`, `\n`); a tag without `=` is "".
    var tags: [String: String]
    /// The part after `:` up to the first space (`nick!user@host` or a server name), if any.
    var prefix: String?
    var command: String
    /// Every parameter, the trailing one (after ` :`) last.
    var parameters: [String]

    /// The nick of a `nick!user@host` prefix.
    var nick: String? {
        prefix.flatMap { $0.split(separator: "!", maxSplits: 1).first.map(String.init) }
    }

    /// Reads one line (without its `\r\n`); nil when it has no command.
    init?(line: Substring) {
        var rest = line
        func word() -> Substring {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let word = rest[..<end]
            rest = rest[end...].drop { $0 == " " }
            return word
        }
        tags = [:]
        if rest.first == "@" {
            for tag in word().dropFirst().split(separator: ";") {
                let parts = tag.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                tags[String(parts[0])] = parts.count > 1 ? Self.unescaped(parts[1]) : ""
            }
        }
        prefix = rest.first == ":" ? String(word().dropFirst()) : nil
        let command = word()
        guard !command.isEmpty else { return nil }
        self.command = String(command)
        parameters = []
        while !rest.isEmpty {
            if rest.first == ":" {
                parameters.append(String(rest.dropFirst()))
                break
            }
            parameters.append(String(word()))
        }
    }

    /// Every message in a WebSocket frame, which may hold several lines.
    static func messages(in frame: String) -> [IRCMessage] {
        frame.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }).compactMap { IRCMessage(line: $0) }
    }

    private static func unescaped(_ value: Substring) -> String {
        guard value.contains("\\") else { return String(value) }
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "s": result.append(" ")
                case ":": result.append(";")
                case "r": result.append("\r")
                case "n": result.append("\n")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
