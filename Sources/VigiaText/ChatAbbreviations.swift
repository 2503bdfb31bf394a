/// Chat shorthand of pt-BR and es, expanded to the words it stands for, so "vc ta sem som tb?" and
/// "você tá sem som também?" give the classifier the same words.
///
/// Looked up for every short word of every message, so the table is a small open-addressing array keyed by the
/// word's bytes packed into an integer (words of up to eight bytes), with all expansions in one byte array. A class,
/// so that holding it costs one reference, not one per array.
final class ChatAbbreviations: Sendable {
    // Keys are already normalized (lowercase, no accents, letter runs shortened).
    // swift-format-ignore
    private static let entries: [(String, String)] = [
        ("vc", "voce"), ("vcs", "voces"), ("q", "que"), ("oq", "o que"), ("n", "nao"),
        ("nn", "nao"), ("naum", "nao"), ("mt", "muito"), ("mto", "muito"), ("mta", "muita"), ("mts", "muitos"),
        ("dnv", "de novo"), ("kd", "cade"), ("pq", "porque"), ("xq", "porque"), ("tb", "tambem"),
        ("tbm", "tambem"), ("tmb", "tambien"), ("pfvr", "por favor"), ("pfv", "por favor"), ("pls", "por favor"),
        ("plz", "por favor"), ("vlw", "valeu"), ("blz", "beleza"), ("td", "tudo"), ("tds", "todos"),
        ("hj", "hoje"), ("msm", "mesmo"), ("ngm", "ninguem"), ("nd", "nada"), ("qnd", "quando"), ("qdo", "quando"),
        ("cmg", "comigo"), ("sla", "sei la"), ("mds", "meu deus"), ("obg", "obrigado"), ("aq", "aqui"),
        ("vdd", "verdade"), ("tmj", "tamo junto"), ("agr", "agora"), ("ctz", "certeza"), ("dps", "depois"),
        ("eh", "e"), ("tah", "ta"), ("vo", "vou"), ("ss", "sim"), ("mn", "mano"), ("vey", "vei"),
        ("tlgd", "ta ligado"), ("pdc", "pode crer"), ("sdds", "saudades"), ("bjs", "beijos"), ("p", "para"),
        ("pra", "para"), ("pro", "para o"), ("cel", "celular"), ("net", "internet"),
    ]

    /// The longest expansion per byte of abbreviation ("p" → "para"); the scanner sizes its buffer with it.
    static let maximumGrowth = 4

    static let shared = ChatAbbreviations()

    private static let capacity = 256
    private let keys: [UInt64]
    /// Slot → range of its expansion in `expansions` (words separated by one space).
    private let ranges: [Range<Int>]
    let expansions: [UInt8]

    private init() {
        var keys = [UInt64](repeating: 0, count: Self.capacity)
        var ranges = [Range<Int>](repeating: 0..<0, count: Self.capacity)
        var expansions: [UInt8] = []
        for (abbreviation, expansion) in Self.entries {
            let key = Array(abbreviation.utf8).withUnsafeBufferPointer { Self.pack($0)! }
            var slot = Self.slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (Self.capacity - 1) }
            keys[slot] = key
            ranges[slot] = expansions.count..<(expansions.count + expansion.utf8.count)
            expansions.append(contentsOf: expansion.utf8)
            precondition(expansion.utf8.count <= Self.maximumGrowth * abbreviation.utf8.count)
        }
        self.keys = keys
        self.ranges = ranges
        self.expansions = expansions
    }

    /// Where in `expansions` the words that `word` stands for are, or nil when it is not an abbreviation.
    @inline(__always)
    func expansion(of word: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let key = Self.pack(word) else { return nil }
        var slot = Self.slot(of: key)
        while keys[slot] != 0 {
            if keys[slot] == key { return ranges[slot] }
            slot = (slot + 1) & (Self.capacity - 1)
        }
        return nil
    }

    /// Up to eight bytes as one integer (0 is never a valid key because words are not empty).
    @inline(__always)
    private static func pack(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in word { key = key << 8 | UInt64(byte) }
        return key
    }

    @inline(__always)
    private static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }
}
