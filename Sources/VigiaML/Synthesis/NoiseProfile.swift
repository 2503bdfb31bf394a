/// The chat habits the augmenter may add to one kind of message: which emoji fit its mood, which interjections
/// people put around it, how they end it and whom they address.
///
/// Profiles differ by label because the noise must look natural without becoming the signal: an angry face fits a
/// complaint and a ball fits football talk, but each profile also borrows a little of the other mood (people laugh
/// while they complain and swear at the referee), so an emoji alone never decides the label.
struct NoiseProfile: Sendable {
    enum Language: Sendable {
        case portuguese
        case spanish
    }

    let language: Language
    /// Emoji that match the message's mood.
    let emoji: [String]
    /// Emoji of another mood, used now and then.
    let otherEmoji: [String]
    /// Interjections put before the message ("mano", "affs", "pqp").
    let prefixes: [String]
    /// Interjections put after it ("kkk", "véi", "pfv").
    let suffixes: [String]
    /// Endings that replace the final punctuation of a statement; questions keep a question mark.
    let endings: [String]
    /// Addressees put first ("@CazéTV", "chat,").
    let mentions: [String]

    init(
        language: Language, emoji: [String], otherEmoji: [String], prefixes: [String], suffixes: [String],
        endings: [String], mentions: [String]
    ) {
        precondition(!emoji.isEmpty && !otherEmoji.isEmpty && !prefixes.isEmpty && !suffixes.isEmpty)
        precondition(!endings.isEmpty && !mentions.isEmpty)
        self.language = language
        self.emoji = emoji
        self.otherEmoji = otherEmoji
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.endings = endings
        self.mentions = mentions
    }
}
