/// Chat shorthand of pt-BR and es, expanded to the words it stands for, so "vc ta sem som tb?" and
/// "você tá sem som também?" give the classifier the same words.
///
/// Looked up for every short word of every message, so the table is a small open-addressing array keyed by the
/// word's bytes packed into an integer (words of up to eight bytes), built once.
enum ChatAbbreviations {
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

    private static let capacity = 256
    private static let table: (keys: [UInt64], expansions: [[[UInt8]]]) = {
        var keys = [UInt64](repeating: 0, count: capacity)
        var expansions = [[[UInt8]]](repeating: [], count: capacity)
        for (abbreviation, expansion) in entries {
            let key = pack(Array(abbreviation.utf8)[...])!
            var slot = ChatAbbreviations.slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            expansions[slot] = expansion.split(separator: " ").map { Array($0.utf8) }
        }
        return (keys, expansions)
    }()

    /// The words `bytes[start...]` stands for, or nil when it is not an abbreviation.
    static func expansion(of bytes: [UInt8], from start: Int) -> [[UInt8]]? {
        guard let key = pack(bytes[start...]) else { return nil }
        var slot = slot(of: key)
        let table = table
        while table.keys[slot] != 0 {
            if table.keys[slot] == key { return table.expansions[slot] }
            slot = (slot + 1) & (capacity - 1)
        }
        return nil
    }

    /// Up to eight bytes as one integer (0 is never a valid key because words are not empty).
    private static func pack(_ word: ArraySlice<UInt8>) -> UInt64? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in word { key = key << 8 | UInt64(byte) }
        return key
    }

    private static func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56) }
}
