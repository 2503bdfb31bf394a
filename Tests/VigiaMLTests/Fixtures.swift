import VigiaCore

/// A small three-label problem with enough variety to learn, built deterministically without the generator.
enum Fixtures {
    static let taxonomy = try! Taxonomy(name: "toy", labels: ["audio.sem_som", "video.travando", "nenhum"])

    static func examples(count: Int, seed: UInt64 = 3) -> [LabeledExample] {
        let phrases: [(String, [String])] = [
            ("audio.sem_som", ["sem som", "cade o audio", "sem audio aqui", "o som sumiu", "ta mudo", "nao tem som"]),
            (
                "video.travando",
                ["travou tudo", "imagem travando", "congelou aqui", "ta travando muito", "video parado", "lagando"]
            ),
            ("nenhum", ["boa noite chat", "que golaço", "vai time", "kkkkkk", "qual o placar", "salve galera"]),
        ]
        let suffixes = ["", " mano", " kkk", "!!", "?", " aqui no app", " pqp", " 😡", " galera"]
        var random = DeterministicRandom(seed: seed)
        return (0..<count).map { index in
            let (label, texts) = phrases[index % phrases.count]
            return LabeledExample(text: random.pick(texts) + random.pick(suffixes), label: label)
        }
    }
}
