import Testing

@testable import VigiaCore

@Suite struct RuleInsightWriterTests {
    // 2026-11-22T23:14:05Z, 20:14:05 in Brasília.
    let start: Int64 = 1_795_389_245

    func burst(endedAfter seconds: Int64? = nil) -> BurstDetector.Burst {
        BurstDetector.Burst(
            label: "audio.sem_som", level: .leaf, startedAt: start, peakAt: start + 40, peakRatePerMinute: 142,
            baselineRatePerMinute: 3.7, share: 0.12, messageCount: 1_204, severity: .critical,
            endedAt: seconds.map { start + $0 })
    }

    @Test func anOpenedBurstReadsLikeAnOperatorWouldSayIt() {
        let text = RuleInsightWriter().opened(burst(), examples: ["sem som aqui", "cadê o áudio?", "mudo", "quarto"])
        #expect(
            text == "Pico de relatos de áudio (sem som): 142 mensagens por minuto, 38x acima da base (3,7/min), "
                + "12% do chat. Começou às 20:14:05. Exemplos: “sem som aqui”, “cadê o áudio?”, “mudo”.")
    }

    @Test func aResolvedBurstSaysWhenAndHowLong() {
        #expect(
            RuleInsightWriter().resolved(burst(endedAfter: 7 * 60 + 10))
                == "Relatos de áudio (sem som) normalizados às 20:21, duração 7 min, 1204 mensagens no total.")
    }

    @Test func labelsAndNumbersAreWrittenInPortuguese() {
        #expect(RuleInsightWriter.describe("video.tela_preta") == "vídeo (tela preta)")
        #expect(RuleInsightWriter.describe("audio.sem_narracao") == "áudio (sem narração)")
        #expect(RuleInsightWriter.describe("rede") == "rede")
        #expect(RuleInsightWriter.decimal(3.74) == "3,7" && RuleInsightWriter.decimal(0.05) == "0,1")
        #expect(RuleInsightWriter.decimal(9.96) == "10" && RuleInsightWriter.decimal(37.6) == "38")
        let utc = RuleInsightWriter(utcOffsetMinutes: 0).opened(burst(), examples: [String(repeating: "a", count: 90)])
        #expect(utc.contains("Começou às 23:14:05.") && utc.hasSuffix("“" + String(repeating: "a", count: 79) + "…”."))
    }
}
