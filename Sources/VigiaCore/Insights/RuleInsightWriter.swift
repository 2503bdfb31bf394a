/// Writes insights about bursts in Brazilian Portuguese from rules: deterministic, instant, and the fallback when a
/// language model is not configured or not answering.
///
/// "Pico de relatos de áudio (sem som): 142 mensagens no último minuto, 38x acima da base (3,7/min), 12% do chat.
/// Começou às 20:14:05. Exemplos: “sem som aqui”, “cadê o áudio?”."
public struct RuleInsightWriter: Sendable {
    /// Times are written in this offset from UTC, in minutes (Brasília, without daylight saving, by default).
    public var utcOffsetMinutes: Int
    /// At most this many example messages are quoted.
    public var examples = 3

    public init(utcOffsetMinutes: Int = -180) {
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The insight of a burst that has just opened, quoting `examples` (texts of its sample messages).
    public func opened(_ burst: BurstDetector.Burst, examples texts: [String]) -> String {
        let ratio = burst.baselineRatePerMinute > 0 ? burst.peakRatePerMinute / burst.baselineRatePerMinute : 0
        var sentence =
            "Pico de relatos de \(Self.describe(burst.label)): \(Self.count(burst.peakRatePerMinute)) "
            + "\(burst.peakRatePerMinute.rounded() == 1 ? "mensagem" : "mensagens") por minuto, "
            + "\(Self.decimal(ratio))x acima da base (\(Self.decimal(burst.baselineRatePerMinute))/min), "
            + "\(Self.percent(burst.share)) do chat. Começou às \(clock(burst.startedAt))."
        let quoted = texts.prefix(examples).map { "“" + Self.shortened($0) + "”" }
        if !quoted.isEmpty { sentence += " Exemplos: " + quoted.joined(separator: ", ") + "." }
        return sentence
    }

    /// The insight of a burst that has ended.
    public func resolved(_ burst: BurstDetector.Burst) -> String {
        let end = burst.endedAt ?? burst.peakAt
        let minutes = max(1, Int(((Double(end - burst.startedAt)) / 60).rounded()))
        return "Relatos de \(Self.describe(burst.label)) normalizados às \(clock(end, seconds: false)), "
            + "duração \(minutes) min, \(burst.messageCount) "
            + "\(burst.messageCount == 1 ? "mensagem" : "mensagens") no total."
    }

    /// `audio.sem_som` → "áudio (sem som)"; `video` → "vídeo".
    public static func describe(_ label: String) -> String {
        let parts = label.split(separator: ".", maxSplits: 1).map { part in
            part.split(separator: "_").map { words[String($0)] ?? String($0) }.joined(separator: " ")
        }
        return parts.count == 2 ? "\(parts[0]) (\(parts[1]))" : parts.joined()
    }

    /// Label words written without their accents, as label ids must be.
    private static let words = [
        "audio": "áudio", "video": "vídeo", "narracao": "narração", "critica": "crítica", "sugestao": "sugestão",
        "duvida": "dúvida", "conexao": "conexão",
    ]

    /// "20:14", in this writer's offset.
    public func time(_ time: Timestamp) -> String { clock(time.epochSecond, seconds: false) }

    private func clock(_ second: Int64, seconds: Bool = true) -> String {
        let local = second + Int64(utcOffsetMinutes) * 60
        let inDay = ((local % 86_400) + 86_400) % 86_400
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let hours = two(inDay / 3600) + ":" + two(inDay / 60 % 60)
        return seconds ? hours + ":" + two(inDay % 60) : hours
    }

    private static func count(_ value: Double) -> String { String(Int(value.rounded())) }

    /// One decimal with a comma ("3,7"), none from 10 up ("38").
    public static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        guard tenths < 100 else { return String(Int(value.rounded())) }
        return "\(tenths / 10),\(tenths % 10)"
    }

    public static func percent(_ share: Double) -> String {
        share < 0.01 && share > 0 ? "menos de 1%" : "\(Int((share * 100).rounded()))%"
    }

    public static func shortened(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(79)) + "…"
    }
}
