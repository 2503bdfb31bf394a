import VigiaCore

/// Adds the noise of real chat to a clean template expansion: abbreviations, dropped accents, typos, stretched
/// letters, interjections, emoji, shouting, punctuation and addressees.
///
/// Each kind of noise fires with its own probability, so most messages get none, one or two of them and a few get
/// many, as in a real chat. Noise never changes what the message reports, so the label stays valid. The
/// probabilities are rough impressions of Brazilian live chat, not measurements.
enum ChatAugmenter {
    static func augment(_ text: String, profile: NoiseProfile, random: inout DeterministicRandom) -> String {
        var text = text
        let asksSomething = text.utf8.contains(UInt8(ascii: "?"))
        if random.chance(0.25) {
            let table = profile.language == .portuguese ? portugueseShorthand : spanishShorthand
            text = abbreviate(text, table: table, random: &random)
        }
        if random.chance(0.25) {
            text = stripAccents(text)
        } else if random.chance(0.06) {
            text = stripAccentsOfSomeWords(text, random: &random)
        }
        if random.chance(0.12) {
            text = addTypo(text, random: &random)
            if random.chance(0.2) { text = addTypo(text, random: &random) }
        }
        if random.chance(0.08) { text = elongate(text, random: &random) }
        if random.chance(0.07) { text = random.pick(profile.prefixes) + " " + text }
        if random.chance(0.10) { text = text + " " + random.pick(profile.suffixes) }
        if random.chance(0.20) { text = reEnd(text, asksSomething: asksSomething, profile: profile, random: &random) }
        if random.chance(0.05) {
            text = text.uppercased()
        } else if random.chance(0.15), let first = text.first {
            text = first.uppercased() + text.dropFirst()
        }
        if random.chance(0.15) { text = addEmoji(text, profile: profile, random: &random) }
        if random.chance(0.05) { text = mention(profile: profile, random: &random) + " " + text }
        return text
    }

    // MARK: - Abbreviations

    /// Words and two-word phrases (keyed "a b") and the ways chat shortens them.
    ///
    /// Dictionaries are only looked up, never iterated, so their hash order cannot leak into the output.
    struct ShorthandTable: Sendable {
        let entries: [String: [String]]
        /// First words of the two-word entries, so most tokens skip the pair lookup.
        let pairStarts: Set<Substring>

        init(_ pairs: [(String, [String])]) {
            entries = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
            pairStarts = Set(
                pairs.compactMap { pair in
                    let words = pair.0.split(separator: " ")
                    return words.count == 2 ? words[0] : nil
                })
        }
    }

    static let portugueseShorthand = ShorthandTable([
        ("de novo", ["dnv"]), ("por favor", ["pfvr", "pfv", "pf"]), ("por que", ["pq"]), ("meu deus", ["mds"]),
        ("sei lá", ["sla"]), ("você", ["vc", "cê"]), ("vocês", ["vcs"]), ("que", ["q", "k"]), ("não", ["n", "nn"]),
        ("muito", ["mt", "mto"]), ("muita", ["mt"]), ("porque", ["pq"]), ("também", ["tb", "tbm"]),
        ("cadê", ["kd", "cade"]), ("aqui", ["aq"]), ("hoje", ["hj"]), ("beleza", ["blz"]), ("tudo", ["td"]),
        ("mesmo", ["msm"]), ("quando", ["qnd", "qdo"]), ("qualquer", ["qlq"]), ("comigo", ["cmg"]),
        ("nada", ["nd"]), ("gente", ["gnt"]), ("verdade", ["vdd"]), ("está", ["tá", "ta"]), ("estou", ["tô", "to"]),
        ("estão", ["tão", "tao"]), ("para", ["pra"]), ("obrigado", ["obg", "vlw"]), ("valeu", ["vlw"]),
        ("agora", ["agr"]), ("depois", ["dps"]), ("ninguém", ["ngm"]), ("youtube", ["yt"]), ("internet", ["net"]),
        ("demais", ["d+"]), ("quanto", ["qnt"]), ("quem", ["qm"]), ("qual", ["ql"]), ("com", ["c/"]),
        ("tipo", ["tp"]), ("minutos", ["min"]), ("alguém", ["algm"]), ("velho", ["véi", "vei"]),
    ])

    static let spanishShorthand = ShorthandTable([
        ("por favor", ["porfa", "plis", "xfa"]), ("por qué", ["xq", "pq"]), ("porque", ["xq", "pq"]),
        ("que", ["q", "k"]), ("qué", ["q", "k"]), ("también", ["tmb", "tb"]), ("para", ["pa"]), ("estoy", ["toy"]),
        ("está", ["ta"]), ("saludos", ["salu2"]), ("de", ["d"]), ("verdad", ["vdd"]), ("hermano", ["hno", "bro"]),
        ("nada", ["nd"]), ("bueno", ["bno"]), ("todo", ["to"]),
    ])

    private static let trailingPunctuation: Set<Character> = [",", ".", "!", "?", "…"]

    /// The words of a text, split on spaces by UTF-8 byte: splitting by Character was a hot spot.
    static func words(_ text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }

    /// Replaces each word or two-word phrase found in `table` with one of its short forms, most of the time.
    static func abbreviate(_ text: String, table: ShorthandTable, random: inout DeterministicRandom) -> String {
        let tokens = words(text)
        var output: [String] = []
        output.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let (core, tail) = splitTrailingPunctuation(tokens[index])
            if tail.isEmpty, index + 1 < tokens.count, table.pairStarts.contains(core) {
                let (nextCore, nextTail) = splitTrailingPunctuation(tokens[index + 1])
                if let short = table.entries[core + " " + nextCore], random.chance(0.7) {
                    output.append(random.pick(short) + nextTail)
                    index += 2
                    continue
                }
            }
            if let short = table.entries[String(core)], random.chance(0.7) {
                output.append(random.pick(short) + tail)
            } else {
                output.append(String(tokens[index]))
            }
            index += 1
        }
        return output.joined(separator: " ")
    }

    /// Splits "aqui?!" into "aqui" and "?!"; works on UTF-8 bytes ("…" is E2 80 A6).
    private static func splitTrailingPunctuation(_ token: Substring) -> (Substring, Substring) {
        let bytes = token.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let last = bytes.index(before: end)
            switch bytes[last] {
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                end = last
                continue
            case 0xA6 where bytes.distance(from: bytes.startIndex, to: last) >= 2:
                let lead = bytes.index(last, offsetBy: -2)
                if bytes[lead] == 0xE2 && bytes[bytes.index(after: lead)] == 0x80 {
                    end = lead
                    continue
                }
            default:
                break
            }
            break
        }
        return (token[..<end], token[end...])
    }

    // MARK: - Accents

    /// The ASCII letter for an accented Latin-1 letter (U+00C0 to U+00FF), or nil when there is none to drop.
    /// ñ stays: Spanish keyboards have it.
    static func unaccented(latin1 codePoint: UInt32) -> UInt8? {
        switch codePoint {
        case 0xE0...0xE4: UInt8(ascii: "a")
        case 0xE8...0xEB: UInt8(ascii: "e")
        case 0xEC...0xEF: UInt8(ascii: "i")
        case 0xF2...0xF6: UInt8(ascii: "o")
        case 0xF9...0xFC: UInt8(ascii: "u")
        case 0xE7: UInt8(ascii: "c")
        case 0xC0...0xC4: UInt8(ascii: "A")
        case 0xC8...0xCB: UInt8(ascii: "E")
        case 0xCC...0xCF: UInt8(ascii: "I")
        case 0xD2...0xD6: UInt8(ascii: "O")
        case 0xD9...0xDC: UInt8(ascii: "U")
        case 0xC7: UInt8(ascii: "C")
        default: nil
        }
    }

    /// Drops accents from every letter, and combining accents of decomposed text.
    ///
    /// Works on UTF-8 bytes (accented Latin letters are 0xC3 plus one byte, combining accents 0xCC/0xCD plus one):
    /// comparing Characters made this the slowest step of generation.
    static func stripAccents(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if index + 1 < bytes.count {
                let next = bytes[index + 1]
                if byte == 0xC3, let plain = unaccented(latin1: 0xC0 + UInt32(next & 0x3F)) {
                    out.append(plain)
                    index += 2
                    continue
                }
                if byte == 0xCC || (byte == 0xCD && next <= 0xAF) {
                    index += 2
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Drops accents from about half the words: people often fix some words and not others.
    private static func stripAccentsOfSomeWords(_ text: String, random: inout DeterministicRandom) -> String {
        words(text).map { random.chance(0.5) ? stripAccents(String($0)) : String($0) }
            .joined(separator: " ")
    }

    // MARK: - Typos

    // Neighbouring keys on a QWERTY phone keyboard (the layout Brazilian and Spanish phones use), indexed by letter.
    private static let neighbours: [[Character]] = [
        "qsz", "vghn", "xdfv", "sfex", "wrd", "dgrc", "fhtv", "gjyb", "uok", "hkun", "jlim", "kop", "njk",
        "bhjm", "ipl", "ol", "wa", "etf", "adwx", "ryg", "yij", "cfgb", "qes", "zsdc", "tuh", "asx",
    ].map { Array($0) }

    /// One typo in one word of four letters or more: a dropped, doubled or swapped letter, or a neighbouring key.
    static func addTypo(_ text: String, random: inout DeterministicRandom) -> String {
        var tokens = words(text)
        let candidates = tokens.indices.filter { letterCount(tokens[$0]) >= 4 }
        guard !candidates.isEmpty else { return text }
        let wordIndex = random.pick(candidates)
        var word = Array(tokens[wordIndex])
        let position = 1 + random.below(word.count - 2)
        switch random.below(4) {
        case 0:
            word.remove(at: position)
        case 1:
            word.insert(word[position], at: position)
        case 2:
            word.swapAt(position, position + 1)
        default:
            if let ascii = word[position].asciiValue, (97...122).contains(ascii) {
                word[position] = random.pick(neighbours[Int(ascii - 97)])
            } else {
                word.remove(at: position)
            }
        }
        tokens[wordIndex] = Substring(String(word))
        return tokens.joined(separator: " ")
    }

    /// The number of letters of a word made only of ASCII or Latin-1 letters, or 0 when it has anything else
    /// (digits, punctuation, emoji, links). Reads UTF-8 bytes: `Character.isLetter` was a hot spot.
    private static func letterCount(_ word: Substring) -> Int {
        var count = 0
        var afterLatin1Lead = false
        for byte in word.utf8 {
            if afterLatin1Lead {
                // U+00D7 and U+00F7 are the multiplication and division signs, not letters.
                guard (0x80...0xBF).contains(byte), byte != 0x97, byte != 0xB7 else { return 0 }
                afterLatin1Lead = false
            } else if byte == 0xC3 {
                afterLatin1Lead = true
                count += 1
            } else if (65...90).contains(byte) || (97...122).contains(byte) {
                count += 1
            } else {
                return 0
            }
        }
        return afterLatin1Lead ? 0 : count
    }

    // MARK: - Elongation

    private static let vowels: Set<Character> = [
        "a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ã", "õ", "ê", "ô", "A", "E", "I", "O", "U",
    ]
    private static let stretchableEndings: Set<Character> = ["m", "r", "s", "l", "u", "M", "R", "S", "L", "U"]
    private static let asciiVowels: [UInt8] = Array("aeiouAEIOU".utf8)

    /// Whether a word of letters has a vowel; accented letters (0xC3 lead byte) in Portuguese and Spanish are
    /// nearly all vowels, and ç alone does not make a word stretchable anyway.
    private static func hasVowel(_ word: Substring) -> Bool {
        word.utf8.contains { asciiVowels.contains($0) || $0 == 0xC3 }
    }

    /// Stretches one word the way excited or angry people type: "travandooo", "caiuuu", "simmm", "gooool".
    static func elongate(_ text: String, random: inout DeterministicRandom) -> String {
        var tokens = words(text)
        let candidates = tokens.indices.filter { letterCount(tokens[$0]) >= 2 && hasVowel(tokens[$0]) }
        guard let last = candidates.last else { return text }
        let wordIndex = random.chance(0.6) ? last : random.pick(candidates)
        var word = Array(tokens[wordIndex])
        let extra = 2 + random.below(4)
        let position: Int
        if stretchableEndings.contains(word[word.count - 1]) && random.chance(0.35) {
            position = word.count - 1
        } else {
            position = word.lastIndex(where: vowels.contains) ?? word.count - 1
        }
        word.insert(contentsOf: repeatElement(word[position], count: extra), at: position)
        tokens[wordIndex] = Substring(String(word))
        return tokens.joined(separator: " ")
    }

    // MARK: - Punctuation, emoji, addressees

    private static let questionEndings = ["?", "??", "???", "?!", "?????"]

    /// Replaces the final punctuation; a question stays a question.
    private static func reEnd(
        _ text: String, asksSomething: Bool, profile: NoiseProfile, random: inout DeterministicRandom
    ) -> String {
        var base = Substring(text)
        while let last = base.last, trailingPunctuation.contains(last) || last == " " { base = base.dropLast() }
        guard !base.isEmpty else { return text }
        let ending = asksSomething && text.last == "?" ? random.pick(questionEndings) : random.pick(profile.endings)
        return base + ending
    }

    private static func addEmoji(_ text: String, profile: NoiseProfile, random: inout DeterministicRandom) -> String {
        var emoji = ""
        if random.chance(0.35) {
            let one = random.chance(0.85) ? random.pick(profile.emoji) : random.pick(profile.otherEmoji)
            for _ in 0..<(2 + random.below(4)) { emoji += one }
        } else {
            for _ in 0..<(1 + random.below(3)) {
                emoji += random.chance(0.8) ? random.pick(profile.emoji) : random.pick(profile.otherEmoji)
            }
        }
        if random.chance(0.15) { return emoji + " " + text }
        return text + (random.chance(0.6) ? " " : "") + emoji
    }

    private static let handles = [
        "lucas", "joao", "gabriel", "pedro", "mateus", "rafa", "ana", "julia", "bia", "carol", "vitor", "gui",
        "leo", "nando", "thiago", "bruno", "larissa", "camila", "fer", "duda", "jp", "kaua", "enzo", "davi",
        "sofia", "manu", "caio", "vini", "isa", "lari",
    ]
    private static let handleEndings = ["", "_", ".", "oficial", "fc", "_rj", "_sp", "10"]

    /// An addressee: the channel or a fellow viewer's handle.
    private static func mention(profile: NoiseProfile, random: inout DeterministicRandom) -> String {
        if random.chance(0.55) { return random.pick(profile.mentions) }
        var handle = "@" + random.pick(handles) + random.pick(handleEndings)
        if random.chance(0.6) { handle += String(random.below(999) + 1) }
        return handle
    }
}
