import VigiaCore

/// Comments of listeners of a music streaming app and service (alumusic-insights.md), per label of the `feedback`
/// taxonomy, with Spanish equivalents for about 15% of the output.
///
/// The rules for the messages that could go two ways, applied to every template:
/// - A message that reports something wrong *now* (a bug, a price, ads, a bad song, bad support) is `critica`,
///   whatever its form: a question ("por que o app trava tanto?"), an exclamation, or a request to stop doing the
///   bad thing ("vocês podiam parar de travar", "consertem esse bug").
/// - `sugestao` proposes something new or different without reporting a defect: "podiam adicionar…", "seria legal
///   ter…", "que tal…?", "falta um modo karaokê". A question mark does not make it a `duvida`.
/// - `duvida` asks for information (how, when, where, how much, does it work with…) without complaining; it often
///   ends without a question mark.
/// - `elogio` praises a song, artist, playlist, feature, price or the support.
/// - `spam` is promotion, scams, link drops, "sigam meu canal", and content-free noise (keyboard smash, long emoji
///   runs, "teste"). A short heart or "hino" about a song is praise, not spam.
enum FeedbackTemplates {
    static let spanishShare = 0.15

    static func corpus() -> TemplateCorpus {
        func label(_ id: String, mood: Mood, _ portuguese: [String], _ spanish: [String]) -> LabelTemplates {
            LabelTemplates(
                label: id, share: 1,
                groups: [LabelTemplates.Group(weight: 1, portuguese: portuguese, spanish: spanish)],
                portugueseNoise: noise(mood, spanish: false), spanishNoise: noise(mood, spanish: true))
        }
        return TemplateCorpus(
            taxonomy: .feedback, slots: slots,
            labels: [
                label("elogio", mood: .praise, praise, praiseSpanish),
                label("critica", mood: .complaint, complaint, complaintSpanish),
                label("sugestao", mood: .suggestion, suggestion, suggestionSpanish),
                label("duvida", mood: .question, question, questionSpanish),
                label("spam", mood: .spam, spam, spamSpanish),
            ],
            spanishShare: spanishShare)
    }

    // MARK: - Shared slots

    // swift-format-ignore
    static let slots: [(name: String, alternatives: [String])] = [
        ("artista", [
            "anitta", "ludmilla", "marília mendonça", "henrique e juliano", "jorge e mateus", "gusttavo lima",
            "luísa sonza", "iza", "djavan", "caetano", "gilberto gil", "milton nascimento", "tim maia",
            "legião urbana", "os paralamas", "charlie brown jr", "matuê", "veigh", "filipe ret", "racionais",
            "emicida", "criolo", "liniker", "pabllo vittar", "zé neto e cristiano", "simone mendes", "joão gomes",
            "ana castela", "taylor swift", "the weeknd", "coldplay", "bad bunny", "shakira", "dua lipa",
            "billie eilish", "arctic monkeys", "seu jorge", "marisa monte", "jão", "anavitória", "vitor kley",
            "xamã", "thiaguinho", "péricles", "ferrugem", "menos é mais", "sorriso maroto", "kevin o chris",
            "wesley safadão", "xand avião", "barões da pisadinha", "mc cabelinho", "ivete", "alceu valença",
            "zeca pagodinho", "belo", "manu gavassi", "duda beat", "natiruts", "skank", "capital inicial",
        ]),
        ("genero", [
            "sertanejo", "funk", "pagode", "samba", "mpb", "rock", "rock nacional", "trap", "rap", "forró",
            "piseiro", "gospel", "eletrônica", "lo-fi", "jazz", "axé", "brega funk", "indie", "k-pop", "reggaeton",
            "pop", "música clássica", "bossa nova", "arrocha", "reggae", "metal", "anos 80", "flashback",
        ]),
        ("conteudo", [
            "essa playlist", "essa música", "esse álbum", "essa faixa", "esse mix", "essa rádio", "esse podcast",
            "o mix diário", "a descoberta da semana", "o top 50", "a playlist de <genero>", "o álbum novo de <artista>",
            "esse feat", "o radar de novidades", "essa versão acústica",
        ]),
        ("recurso", [
            "o modo offline", "a letra sincronizada", "o equalizador", "o modo aleatório", "o timer pra dormir",
            "o crossfade", "o modo carro", "o widget", "a fila de reprodução", "a busca", "a biblioteca",
            "o download", "a retrospectiva", "as playlists colaborativas", "o modo escuro",
        ]),
        ("plano", [
            "plano família", "plano individual", "plano estudante", "plano premium", "plano duo", "plano anual",
            "premium", "plano básico",
        ]),
        ("app", ["o app", "o aplicativo", "a alumusic", "esse app", "a plataforma", "o alumusic", "o serviço"]),
        ("pls", ["pfv", "por favor", "pf", "pfvr", "pelo amor de deus", "por gentileza"]),
        ("mt", ["muito", "mt", "demais", "d+", "pra caramba", "absurdo", "toda hora", "sem parar"]),
        ("quando", ["do nada", "toda hora", "depois da atualização", "desde ontem", "de novo", "essa semana"]),
        ("sugitem", [
            "modo karaokê", "letra traduzida", "um timer pra dormir", "equalizador", "modo escuro de verdade",
            "plano família mais barato", "plano estudante", "integração com o discord", "app pra smart tv",
            "app pro relógio", "playlist colaborativa", "estatísticas do ano", "retrospectiva mensal",
            "podcasts de futebol", "rádio ao vivo", "modo festa", "fila compartilhada", "crossfade ajustável",
            "download no cartão sd", "versão web", "vídeo clipes", "shows ao vivo", "uma playlist de <genero>",
            "mais <genero>", "a discografia completa de <artista>", "o álbum novo de <artista>", "audiolivros",
            "modo foco pra estudar", "widget na tela de bloqueio", "ranking semanal", "um botão de não gostei",
            "opção de esconder músicas", "um plano anual com desconto", "letras com tradução", "seguir amigos",
            "sorteio de ingressos", "uma rádio de <artista>", "playlist de <genero> pra treinar",
        ]),
        ("acao", [
            "baixar música", "ouvir offline", "criar uma playlist", "compartilhar uma playlist",
            "mudar a qualidade do áudio", "cancelar a assinatura", "trocar de plano",
            "adicionar alguém no plano família",
            "ver a letra", "transferir minhas playlists", "usar no carro", "conectar na tv",
            "desativar a reprodução automática", "seguir um artista", "apagar o histórico",
            "recuperar uma playlist apagada", "colocar o timer", "sair da conta em outro celular", "pagar com pix",
            "ativar o modo offline", "mudar o e-mail da conta", "ouvir podcast", "ver quem segue minha playlist",
        ]),
        ("link", [
            "bit.ly/<@code>", "t.me/<@code>", "www.<@code>.com", "<@code>.com.br", "linktr.ee/<@code>",
            "https://<@code>.net/promo", "tinyurl.com/<@code>", "www.<@code>bet.com",
        ]),
        ("user", [
            "@<@code>", "@<@code>music", "@<@code>_oficial", "@mc<@code>", "@dj<@code>", "@<@code><@digits>",
        ]),
        ("coin", ["bitcoin", "btc", "ethereum", "solana", "dogecoin", "cripto", "token <@code>", "memecoin"]),
        ("lol", ["kkkk", "kkkkkk", "rsrs", "hahaha", "kkk"]),
        ("es_artista", [
            "bad bunny", "shakira", "karol g", "rosalía", "peso pluma", "feid", "j balvin", "maluma", "soda stereo",
            "bizarrap", "duki", "tini", "myke towers", "rauw alejandro", "quevedo", "aitana", "luis miguel",
            "juanes", "mon laferte", "camilo",
        ]),
        ("es_sug", [
            "modo karaoke", "letras traducidas", "un temporizador para dormir", "ecualizador",
            "plan familiar más barato", "plan estudiante", "playlists colaborativas", "una app para smart tv",
            "más reguetón", "una playlist de cumbia", "podcasts de fútbol", "estadísticas del año",
        ]),
    ]

    // MARK: - Noise

    enum Mood {
        case praise, complaint, suggestion, question, spam
    }

    private static let moodEmoji: [(Mood, [String])] = [
        (.praise, ["❤️", "😍", "🥰", "🔥", "👏", "🎶", "🎵", "🎧", "✨", "💜", "🙌", "😭", "💯"]),
        (.complaint, ["😡", "🙄", "😤", "👎", "😒", "💸", "🤬", "😩", "🤦‍♀️", "😠", "😑"]),
        (.suggestion, ["💡", "🙏", "🎶", "😊", "👉", "✨", "🤞", "🎵"]),
        (.question, ["🤔", "❓", "🙏", "😅", "🧐", "🤷‍♂️"]),
        (.spam, ["💰", "🤑", "🚀", "🔥", "💎", "📈", "👉", "✅", "🎁", "💵", "⬇️"]),
    ]

    private static func noise(_ mood: Mood, spanish: Bool) -> NoiseProfile {
        let emoji = moodEmoji.first { $0.0 == mood }?.1 ?? ["🎵"]
        let endings: [String] =
            switch mood {
            case .praise, .spam: ["", "!", "!!", "!!!", "..."]
            case .complaint: ["", "!", "!!", "...", "!!!", "?!"]
            case .suggestion: ["", "!", "...", " :)", "!!"]
            case .question: ["", "?", "??", "...", "? obrigado", "? valeu"]
            }
        return NoiseProfile(
            language: spanish ? .spanish : .portuguese, emoji: emoji, otherEmoji: ["😂", "🙏", "👍", "🎵", "😅"],
            prefixes: spanish
                ? ["hola", "oigan", "gente", "bro", "sinceramente", "uff", "una cosa:"]
                : ["gente", "mano", "sério", "aff", "pessoal", "sinceramente", "olha", "oi", "nossa", "pô", "véi"],
            suffixes: spanish
                ? ["jaja", "xd", "porfa", "gracias", "saludos", "bro"]
                : ["kkk", "né", "pfv", "sério", "aff", "viu", "obrigado", "valeu", "rs", "mano", "hein"],
            endings: endings,
            mentions: spanish
                ? ["@AluMusic", "@alumusic", "@soporte", "AluMusic,", "equipo,"]
                : ["@AluMusic", "@alumusic", "@suporte", "AluMusic,", "equipe,", "pessoal,", "@alumusicbr"])
    }
}
