import VigiaCore

/// What viewers type in the chat of a football live stream (CazéTV style on YouTube or Twitch), per label of the
/// `tech-issues` taxonomy.
///
/// The templates are written from how Brazilian live chat reads, with Spanish equivalents for about 15% of the
/// output. The label rules that keep close labels apart, and that the classifier inherits:
/// - `audio.sem_som`: no sound at all. `audio.sem_narracao`: crowd or stadium sound but no commentator.
///   `audio.cortando`: sound drops in and out ("picotando", and "áudio travando", which viewers say of stuttering
///   sound). `audio.chiando`: noise on top of the sound (hiss, crackle, "estourado", hum). `audio.eco`: the sound
///   heard twice. `audio.atraso`: sound and picture out of step.
/// - `video.tela_preta`: no picture (black, white or grey screen), usually with sound. `video.travando`: the
///   picture freezes or stutters with no mention of loading. `video.pixelando`: blocks and compression artefacts.
///   `video.qualidade_ruim`: low resolution, blur, stuck at 360p/480p.
/// - `rede.buffering`: the player stops to load (wheel, "carregando"), even when the viewer also says "travou".
///   `rede.live_caiu`: the stream ended or went off the air; a bare "caiu?" in a live chat means this.
///   `rede.erro_ao_abrir`: the stream never starts (error message, won't open, unavailable).
/// - `nenhum`: everything else, including reports that the problem is over ("voltou", "caiu mas já voltou") and
///   football talk that borrows the same words ("o goleiro travou", "caiu na área", "tela do VAR").
enum TechIssueTemplates {
    /// The share of `nenhum` in the output; the 13 problem labels split the rest evenly.
    static let noneShare = 0.30

    static let spanishShare = 0.15

    static func corpus() -> TemplateCorpus {
        let problemShare = (1 - noneShare) / 13
        func problem(_ label: String, _ portuguese: [String], _ spanish: [String]) -> LabelTemplates {
            let topLevel = Taxonomy.topLevel(of: label)
            return LabelTemplates(
                label: label, share: problemShare,
                groups: [LabelTemplates.Group(weight: 1, portuguese: portuguese, spanish: spanish)],
                portugueseNoise: problemNoise(topLevel: topLevel, spanish: false),
                spanishNoise: problemNoise(topLevel: topLevel, spanish: true))
        }
        let none = LabelTemplates(
            label: "nenhum", share: noneShare, groups: noneGroups,
            portugueseNoise: chatNoise(spanish: false), spanishNoise: chatNoise(spanish: true))
        return TemplateCorpus(
            taxonomy: .techIssues, slots: slots,
            labels: [
                none,
                problem("audio.sem_som", noSound, noSoundSpanish),
                problem("audio.cortando", soundCutting, soundCuttingSpanish),
                problem("audio.chiando", soundNoise, soundNoiseSpanish),
                problem("audio.eco", echo, echoSpanish),
                problem("audio.atraso", soundDelay, soundDelaySpanish),
                problem("audio.sem_narracao", noCommentary, noCommentarySpanish),
                problem("video.tela_preta", blackScreen, blackScreenSpanish),
                problem("video.travando", freezing, freezingSpanish),
                problem("video.pixelando", pixelation, pixelationSpanish),
                problem("video.qualidade_ruim", lowQuality, lowQualitySpanish),
                problem("rede.buffering", buffering, bufferingSpanish),
                problem("rede.live_caiu", streamDown, streamDownSpanish),
                problem("rede.erro_ao_abrir", openError, openErrorSpanish),
            ],
            spanishShare: spanishShare)
    }

    // MARK: - Shared slots

    // swift-format-ignore
    static let slots: [(name: String, alternatives: [String])] = [
        ("aqui", [
            "aqui", "aq", "aqui em casa", "pra mim", "aqui também", "aqui tb", "<dev>", "aqui <dev>", "aqui tbm",
        ]),
        ("dev", [
            "no celular", "no cel", "na tv", "na smart tv", "na smartv", "no app da tv", "no app", "no app do youtube",
            "no youtube", "no pc", "no computador", "no note", "no notebook", "no chromecast", "no fire stick",
            "no firestick", "na tv box", "no iphone", "no android", "no tablet", "no ipad", "no xbox", "no ps5",
            "no navegador", "no chrome", "na roku", "na tv samsung", "na lg", "no 4g", "no wifi", "na twitch",
            "pelo app", "pela tv", "no app da twitch", "no mi box", "na tv da sala",
        ]),
        ("devn", [
            "celular", "cel", "pc", "note", "tablet", "iphone", "chromecast", "firestick", "computador", "xbox",
        ]),
        ("quem", [
            "alguém mais", "mais alguém", "tem mais alguém", "alguém aí", "só eu que tô", "só eu q to", "só eu",
            "geral", "vcs tão", "vocês estão", "tá todo mundo", "alguém mais tá", "chat, vcs tão", "galera, vcs tão",
            "mais alguem", "alguem mais",
        ]),
        ("cha", [
            "cazé", "caze", "cazétv", "cazé tv", "@CazéTV", "casimiro", "produção", "pessoal da produção", "técnico",
            "mods", "galera da técnica", "equipe", "diretor", "regia", "@cazetv",
        ]),
        ("fix", [
            "arruma", "arrumem", "conserta", "consertem", "resolve", "resolvam", "ajeita", "ajeitem", "corrige",
            "corrijam", "olha", "vê", "verifica",
        ]),
        ("pls", ["pfv", "pfvr", "por favor", "pelo amor de deus", "pelo amor", "plmds", "pf", "urgente", "pfvvv"]),
        ("temp", [
            "do nada", "de novo", "dnv", "agora", "desde o começo", "desde o intervalo", "desde o início do jogo",
            "faz uns 5 min", "há uns 10 minutos", "o jogo todo", "toda hora", "desde o gol", "no meio do lance",
            "bem na hora do gol", "no segundo tempo inteiro", "agora no segundo tempo", "faz tempo", "outra vez",
        ]),
        ("mt", [
            "muito", "mt", "demais", "pra caramba", "pra krl", "absurdo", "toda hora", "direto", "sem parar", "mto",
            "d+", "pra caralho", "bizarro",
        ]),
        ("som", [
            "som", "áudio", "audio", "som da live", "áudio da live", "som da transmissão", "áudio da transmissão",
            "audio da live", "som do jogo",
        ]),
        ("tenti", [
            "já atualizei", "já dei f5", "atualizei a página", "já reiniciei o app", "fechei e abri o app",
            "já reiniciei o roteador", "já limpei o cache", "troquei de navegador", "saí e entrei de novo",
            "já reiniciei a tv", "já tirei o chromecast da tomada", "troquei pro 4g", "já atualizei 3 vezes",
            "ja atualizei", "reiniciei tudo",
        ]),
        ("netok", [
            "e minha net tá ótima", "e a internet tá normal", "net de 500 mega e nada", "e minha internet tá voando",
            "e os outros vídeos funcionam normal", "netflix funciona normal", "fibra e mesmo assim",
            "speedtest dando 300 mega",
        ]),
        ("lol", [
            "kkkk", "kkkkkk", "kkkkkkkkk", "KKKKKK", "hahaha", "hahahah", "rsrs", "rsrsrs", "kkkk mds", "kakakaka",
            "ksksks", "KKKKKKKKKK", "kkk", "kkkkkkkkkkkkk", "auhauahu", "kkkkk socorro",
        ]),
        ("team", [
            "flamengo", "mengão", "corinthians", "timão", "palmeiras", "verdão", "são paulo", "tricolor", "santos",
            "peixe", "grêmio", "inter", "vasco", "botafogo", "fogão", "fluminense", "flu", "cruzeiro", "galo",
            "atlético", "bahia", "fortaleza", "sport", "ceará", "athletico", "vitória", "brasil", "seleção",
            "real madrid", "barcelona", "city", "psg", "juventude", "bragantino", "coritiba", "goiás",
        ]),
        ("player", [
            "neymar", "vini", "vini jr", "rodrygo", "endrick", "raphinha", "arrascaeta", "pedro", "gabigol", "hulk",
            "yuri alberto", "memphis", "estêvão", "paquetá", "casemiro", "alisson", "ederson", "messi", "cr7",
            "cristiano", "marquinhos", "bruno henrique", "calleri", "lucas moura", "cássio", "rony", "veiga",
            "dudu", "suárez", "cano", "john arias", "savinho", "gerson", "everton ribeiro", "luiz henrique",
            "o goleiro", "o camisa 10", "o lateral", "o centroavante",
        ]),
        ("placar", [
            "1x0", "2x1", "0x0", "3x0", "1 a 1", "2 a 0", "2x2", "3x1", "4x0", "1x1", "2x0", "3x2", "0x1", "5x0",
        ]),
        ("local", [
            "SP", "RJ", "MG", "BH", "Recife", "Salvador", "Fortaleza", "Manaus", "Belém", "Curitiba",
            "Porto Alegre", "Floripa", "Goiânia", "Brasília", "Natal", "João Pessoa", "Maceió", "Campinas",
            "interior de SP", "Portugal", "Japão", "Angola", "Minas", "Bahia", "Pernambuco", "Ceará", "Paraíba",
            "Piauí", "Maranhão", "Santa Catarina", "Espírito Santo", "Goiás", "Mato Grosso", "zona leste",
            "baixada santista", "Osasco", "Guarulhos", "Niterói", "São Gonçalo", "Uberlândia", "Londrina",
            "Ribeirão Preto", "Teresina", "Aracaju", "Cuiabá", "Campo Grande", "Vitória", "Juiz de Fora",
        ]),
        ("es_aqui", ["acá", "aca", "aquí", "aqui", "para mí", "a mí", "en mi casa", "<es_dev>"]),
        ("es_dev", [
            "en el celular", "en el cel", "en la tele", "en la smart tv", "en la compu", "en la pc", "en el chromecast",
            "en la app", "en youtube", "en el iphone", "en el móvil", "en twitch",
        ]),
        ("es_quien", [
            "alguien más", "a alguien más", "solo yo", "soy el único", "a todos", "chat,", "alguien mas", "a nadie más",
        ]),
        ("es_cha", ["cazé", "producción", "mods", "chicos", "@CazéTV", "staff"]),
        ("es_lol", ["jajaja", "jajajaja", "jaja", "jsjsjs", "xd", "XD", "jajajajaja", "JAJAJA", "jeje"]),
        ("es_team", [
            "argentina", "méxico", "colombia", "uruguay", "chile", "perú", "boca", "river", "américa", "chivas",
            "real madrid", "barça", "nacional", "peñarol", "la selección",
        ]),
        ("es_player", [
            "messi", "di maría", "julián", "lautaro", "valverde", "luis díaz", "james", "chucky lozano", "ochoa",
            "el dibu", "el arquero", "el nueve", "enzo",
        ]),
    ]

    // MARK: - Noise

    private static let angry = [
        "😡", "🤬", "🙄", "😭", "😤", "😩", "😒", "🤦‍♂️", "🤦", "😑", "👎", "😔", "💀", "😠", "🥲", "😫", "🤡",
    ]
    private static let happy = [
        "⚽", "😂", "🤣", "❤️", "🔥", "👏", "🙌", "💚", "💛", "🇧🇷", "🏆", "😍", "🥳", "👍", "🙏", "😎", "🤩", "💪",
        "😅", "🐐", "💙", "🖤", "👀",
    ]

    private static func problemNoise(topLevel: String, spanish: Bool) -> NoiseProfile {
        let topical: [String] =
            switch topLevel {
            case "audio": ["🔇", "🔈", "🎧", "🙉", "🔇"]
            case "video": ["📺", "🖥️", "👀", "📱"]
            default: ["📶", "⏳", "🔄", "📡", "🌐"]
            }
        return NoiseProfile(
            language: spanish ? .spanish : .portuguese, emoji: angry + topical,
            otherEmoji: ["😂", "🤣", "🙏", "👍", "⚽", "😅"],
            prefixes: spanish
                ? ["wey", "che", "bro", "amigos", "uff", "dios", "hermano", "oigan", "otra vez", "no puede ser"]
                : [
                    "mano", "véi", "pqp", "affs", "aff", "mds", "slk", "pô", "ué", "galera", "gente", "putz", "vish",
                    "carai", "oxe", "eita", "nossa", "porra", "mano do céu", "de novo", "sério", "ai ai",
                ],
            suffixes: spanish
                ? ["jaja", "xd", "wey", "che", "bro", "pls", "plis", "uff", "otra vez", "😡"]
                : [
                    "kkk", "kkkkk", "mano", "véi", "pqp", "aff", "affs", "mds", "pô", "viu", "hein", "ein", "né",
                    "pfv", "slk", "vish", "rs", "oxi", "de novo", "dnv", "galera", "krl", "po",
                ],
            endings: ["", "", "!", "!!", "!!!", "...", "?", "??", "???", "?!", "!!!!!"],
            mentions: spanish
                ? ["@CazéTV", "chat,", "gente,", "amigos,", "producción,", "@mods"]
                : [
                    "@CazéTV", "@cazetv", "@Casimiro", "@moderação", "chat,", "chat", "galera,", "produção,",
                    "@CazeTV", "mods,", "cazé,",
                ])
    }

    private static func chatNoise(spanish: Bool) -> NoiseProfile {
        NoiseProfile(
            language: spanish ? .spanish : .portuguese, emoji: happy, otherEmoji: angry,
            prefixes: spanish
                ? ["wey", "che", "bro", "amigos", "uff", "dios", "hermano", "oigan", "jajaja"]
                : [
                    "mano", "véi", "pqp", "aff", "mds", "slk", "pô", "ué", "galera", "gente", "vish", "caraca", "oxe",
                    "eita", "nossa", "kkkk", "bora", "caramba", "mds do céu", "meu deus", "rapaz",
                ],
            suffixes: spanish
                ? ["jaja", "jajaja", "xd", "wey", "che", "bro", "uff", "vamos"]
                : [
                    "kkk", "kkkkk", "kkkkkkk", "mano", "véi", "pqp", "mds", "pô", "viu", "hein", "né", "slk", "rs",
                    "rsrs", "hahaha", "galera", "demais", "krl", "po", "tmj",
                ],
            endings: ["", "", "!", "!!", "!!!", "...", "!!!!!"],
            mentions: spanish
                ? ["@CazéTV", "chat,", "gente,", "amigos,", "@mods"]
                : ["@CazéTV", "@cazetv", "@Casimiro", "chat,", "chat", "galera,", "cazé,", "@CazeTV", "rapaziada,"])
    }
}
