import VigiaCore

/// Picks a message's keyphrases: the folded words and two-word phrases that say what it is about ("sem audio",
/// "bluetooth"), for tags on feedback streams.
///
/// Words are folded as ``SearchText/words(_:)`` folds them (read by ``SearchText/quickWords(_:)``, which leaves out
/// words longer than 64 bytes), so a tag is found again by a search of the same words.
/// Stopwords of pt-BR and es chat (articles, prepositions, pronouns, the commonest verbs, fillers), laughter,
/// numbers and one-letter words are never keyphrases and never part of a phrase; a phrase is two adjacent words,
/// neither a stopword, or a negation ("sem", "nao", "sin") and the word it negates: "sem audio" is the complaint,
/// "sem" alone says nothing.
///
/// With ``DocumentFrequencies`` of the stream, candidates rank by tf × idf, so the word every message has loses to
/// the one this message is about; without, phrases rank first, then repeated words, then longer ones. A candidate
/// that shares a word with one already picked is skipped, so "sem audio" is not followed by "audio". Ties are
/// broken by term: the same message gives the same keyphrases.
public struct KeyphraseExtractor: Sendable {
    /// A word or phrase of one message that may be a keyphrase.
    public struct Candidate: Sendable, Hashable {
        /// The folded word, or the two folded words of a phrase joined by a space.
        public let term: String
        /// How many times the message has it.
        public fileprivate(set) var count: Int
        fileprivate let first: String
        fileprivate let second: String?

        /// Whether it is a two-word phrase.
        public var isPhrase: Bool { second != nil }

        fileprivate func shares(_ word: String) -> Bool { first == word || second == word }
    }

    /// The most keyphrases returned per message.
    public var limit: Int

    public init(limit: Int = 3) { self.limit = limit }

    /// The message's keyphrases, best first.
    public func keyphrases(in text: String, frequencies: DocumentFrequencies? = nil) -> [String] {
        keyphrases(among: candidates(in: text), frequencies: frequencies)
    }

    /// The message's candidate words and phrases, each once, in the order they first appear. A pipeline reads them
    /// once and hands them both to ``DocumentFrequencies/record(_:)`` and to ``keyphrases(among:frequencies:)``.
    public func candidates(in text: String) -> [Candidate] {
        let words = SearchText.quickWords(text)
        var candidates: [Candidate] = []
        var positions: [String: Int] = [:]
        candidates.reserveCapacity(2 * words.count)
        positions.reserveCapacity(2 * words.count)
        func add(_ first: String, _ second: String?) {
            let term = second.map { first + " " + $0 } ?? first
            if let position = positions[term] {
                candidates[position].count += 1
            } else {
                positions[term] = candidates.count
                candidates.append(Candidate(term: term, count: 1, first: first, second: second))
            }
        }
        // The word before, when a phrase may start with it.
        var opening: String?
        for word in words {
            switch Self.role(of: word) {
            case .content:
                add(word, nil)
                if let opening { add(opening, word) }
                opening = word
            case .negation:
                opening = word
            case .stopword:
                opening = nil
            }
        }
        return candidates
    }

    /// The best of `candidates` (from ``candidates(in:)``), at most ``limit``, best first.
    public func keyphrases(among candidates: [Candidate], frequencies: DocumentFrequencies?) -> [String] {
        let order: [Int]
        if let frequencies {
            let scores = candidates.map { Double($0.count) * frequencies.inverseFrequency(of: $0.term) }
            order = candidates.indices.sorted { a, b in
                if scores[a] != scores[b] { return scores[a] > scores[b] }
                return Self.precedes(candidates[a], candidates[b])
            }
        } else {
            order = candidates.indices.sorted { a, b in
                let (x, y) = (candidates[a], candidates[b])
                if x.isPhrase != y.isPhrase { return x.isPhrase }
                if x.count != y.count { return x.count > y.count }
                return Self.precedes(x, y)
            }
        }
        var picked: [Candidate] = []
        for index in order where picked.count < limit {
            let candidate = candidates[index]
            let overlaps = picked.contains { chosen in
                chosen.shares(candidate.first) || candidate.second.map { chosen.shares($0) } ?? false
            }
            if !overlaps { picked.append(candidate) }
        }
        return picked.map(\.term)
    }

    /// The order of candidates that score the same: phrases, then longer terms, then alphabetical.
    private static func precedes(_ x: Candidate, _ y: Candidate) -> Bool {
        if x.isPhrase != y.isPhrase { return x.isPhrase }
        if x.term.utf8.count != y.term.utf8.count { return x.term.utf8.count > y.term.utf8.count }
        return x.term < y.term
    }

    private enum Role { case content, negation, stopword }

    private static func role(of word: String) -> Role {
        let bytes = word.utf8
        guard bytes.count >= 2, !bytes.allSatisfy({ (48...57).contains($0) }) else { return .stopword }
        if negations.contains(word) { return .negation }
        if stopwords.contains(word) { return .stopword }
        var word = word
        return word.withUTF8 { Laughter.matches($0) } ? .stopword : .content
    }

    /// Words that start a phrase with the word they negate but are no keyphrase alone.
    private static let negations: Set<String> = ["sem", "sin", "nao"]

    /// Folded, as ``SearchText/words(_:)`` gives them. Laughter ("kkkk", "hahaha", "rsrs") is recognized apart.
    private static let stopwords = Set(
        """
        a o as os um uma uns umas el la los las lo un una unos unas
        de do da dos das em no na nos nas num numa nuns numas dum duma ao aos pra pro pras pros para por pelo pela
        pelos pelas com ate apos entre sobre sob contra desde perante neste nesta nesse nessa naquele naquela nisso
        nisto disso disto daquilo dele dela deles delas nele nela del al en con hasta hacia segun tras ante bajo
        eu tu voce voces vc vcs ele ela eles elas gente me te se lhe lhes mim ti comigo contigo meu minha meus minhas
        teu tua teus tuas seu sua seus suas nosso nossa nossos nossas isso isto esse essa esses essas este esta estes
        estas aquele aquela aquilo que quem qual quais oq yo usted ustedes ellos ellas nosotros nosotras vosotros mi
        mis tus su sus le les nuestro nuestra esto eso ese esa esos esas aquel aquella quien cual cuales algo alguien
        nada nadie todo todos toda todas tudo ninguem algum alguma alguns algumas cada outro outra outros outras otro
        otra otros otras mesmo mesma mismo misma
        e ou mas porem pois porque pq entao logo como quando onde ja ainda so tambem tb tbm mais menos muito muita
        muitos muitas mt mto bem aqui ai ali agora hoje sempre tao tanto assim apenas tipo y u pero sino si tambien
        tmb ya aun todavia muy mucho mucha muchos ahi alla ahora hoy donde cuando asi solo
        eh ta tah to tou sou es somos sao era eram foi foram fui ser estar estao estou estava estavam tava tavam tem
        tenho tinha temos teve ter ha haver vai vou vamos vao ir ia fica ficou ficar faz fez fazer pode posso podem
        poder deu dar ver vi viu sei acho quer quero vem veio deve seria sera tamo soy eres fue fueron estan estoy
        estaba hay han he haber tiene tengo tienen tenia tener hace hacer hizo va voy van puede puedo pueden dice creo
        quiero quiere
        nem ni rs kk ok okay oi ola hola eai opa ne neh ue uai ah oh uh hm hmm hum mano mana cara vei po poxa nossa pfv pfvr
        pls plz vlw valeu obg obrigado obrigada gracias sim blz beleza bom boa galera pessoal lol xd mds sla
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
