/// How the normalizer treats a Unicode scalar outside ASCII and Latin-1 letters.
enum ScalarRole: Sendable {
    /// Glue inside an emoji sequence (variation selectors, zero-width joiner, skin tones): ignored.
    case joiner
    /// An emoji, mapped to a marker token that groups emoji of the same meaning.
    case marker(StaticString)
    /// Punctuation or a space: ends the current word.
    case separator
    /// Part of a word (letters of other scripts are kept as they are).
    case letter
}

/// Emoji carry meaning in chat ("😡😡" is a complaint, "🔇" is no sound, "😂" is laughter) but come in thousands of
/// variants; grouping them by meaning gives the classifier a few dense features instead of many rare ones.
enum EmojiMarkers {
    static func classify(_ scalar: UInt32) -> ScalarRole {
        switch scalar {
        case 0xFE00...0xFE0F, 0x200D, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
            return .joiner
        case 0x2049, 0x2753, 0x2754: return .marker("<emoji_doubt>")
        case 0x203C: return .marker("!")
        case 0x0080...0x00BF, 0x2000...0x206F, 0x3000...0x303F, 0x2190...0x21FF:
            return .separator
        case 0x1F1E6...0x1F1FF: return .marker("<emoji_flag>")
        case 0x1F000...0x1FAFF, 0x2300...0x23FF, 0x2600...0x27BF, 0x2B00...0x2BFF:
            return .marker(marker(forEmoji: scalar))
        default:
            return .letter
        }
    }

    // swift-format-ignore
    private static func marker(forEmoji scalar: UInt32) -> StaticString {
        switch scalar {
        case 0x1F602, 0x1F923, 0x1F606, 0x1F605, 0x1F639: return "<laugh>"
        case 0x1F600, 0x1F603, 0x1F604, 0x1F601, 0x1F60A, 0x1F642, 0x1F60D, 0x1F970, 0x1F60E, 0x1F929, 0x1F618,
            0x1F917, 0x263A, 0x1F60C, 0x1F607, 0x1F609, 0x1F61B...0x1F61D:
            return "<emoji_happy>"
        case 0x2764, 0x2763, 0x1F493, 0x1F495...0x1F49F, 0x1F9E1, 0x1F90D, 0x1F90E, 0x1F5A4: return "<emoji_heart>"
        case 0x1F622, 0x1F62D, 0x1F61E, 0x1F614, 0x2639, 0x1F641, 0x1F63F, 0x1F97A, 0x1F625, 0x1F613, 0x1F629,
            0x1F62B, 0x1F494, 0x1F62A, 0x1F61F, 0x1F615:
            return "<emoji_sad>"
        case 0x1F621, 0x1F620, 0x1F92C, 0x1F47F, 0x1F4A2, 0x1F624: return "<emoji_angry>"
        case 0x1F644, 0x1F612, 0x1F611, 0x1F610, 0x1F926, 0x1F937, 0x1F62C, 0x1F974, 0x1F634, 0x1F971:
            return "<emoji_annoyed>"
        case 0x1F631, 0x1F62E, 0x1F632, 0x1F92F, 0x1F633, 0x1F626...0x1F628, 0x1F630, 0x1F480: return "<emoji_shock>"
        case 0x1F914, 0x1F9D0: return "<emoji_doubt>"
        case 0x1F44D, 0x1F44C, 0x1F64C, 0x1F44F, 0x1F4AA, 0x270C, 0x1F91D, 0x1F91F, 0x1F918: return "<emoji_ok>"
        case 0x1F44E: return "<emoji_bad>"
        case 0x1F64F: return "<emoji_please>"
        case 0x26BD, 0x1F3C6, 0x1F945, 0x1F3DF, 0x1F947...0x1F949: return "<emoji_football>"
        case 0x1F525, 0x1F680, 0x2B50, 0x1F31F, 0x2728, 0x1F4AF: return "<emoji_hype>"
        case 0x1F507, 0x1F515, 0x1F910: return "<emoji_mute>"
        case 0x1F508...0x1F50A, 0x1F3A7, 0x1F3B5, 0x1F3B6, 0x1F3A4, 0x1F4FB, 0x1F514: return "<emoji_sound>"
        case 0x1F4FA, 0x1F4F1, 0x1F4BB, 0x1F5A5, 0x1F4F7, 0x1F3A5, 0x1F4F9, 0x1F39E: return "<emoji_screen>"
        case 0x26AB, 0x2B1B, 0x1F311, 0x25FC, 0x25FE: return "<emoji_black>"
        case 0x26A0, 0x1F6A8, 0x2757, 0x2755: return "<emoji_alert>"
        case 0x274C, 0x1F6AB, 0x26D4, 0x2716, 0x274E: return "<emoji_no>"
        case 0x2705, 0x2714, 0x2611: return "<emoji_yes>"
        case 0x1F4B0, 0x1F4B8, 0x1F911, 0x1F4B5, 0x1F4B2, 0x1F4B3, 0x1F48E: return "<emoji_money>"
        case 0x1F449, 0x1F447, 0x1F446, 0x1F448, 0x261D, 0x2B07, 0x27A1, 0x1F517: return "<emoji_point>"
        case 0x23F3, 0x231B, 0x1F504, 0x1F503, 0x23F0, 0x1F550...0x1F567: return "<emoji_wait>"
        case 0x1F40C, 0x1F422: return "<emoji_slow>"
        default: return "<emoji>"
        }
    }
}
