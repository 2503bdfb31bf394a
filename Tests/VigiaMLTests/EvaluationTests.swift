import Testing
import VigiaCore
import VigiaML

@Suite struct EvaluationTests {
    @Test func leafMetricsMatchHandComputedValues() {
        // truth a a b b c, predicted a b b b a:
        // a: TP 1, predicted twice, support 2 → P 1/2, R 1/2, F1 1/2
        // b: TP 2, predicted 3 times, support 2 → P 2/3, R 1, F1 0.8
        // c: never predicted, support 1 → 0, 0, 0
        let report = EvaluationReport(truth: ["a", "a", "b", "b", "c"], predicted: ["a", "b", "b", "b", "a"])
        #expect(report.n == 5)
        #expect(report.leaf.accuracy == 0.6)
        #expect(abs(report.leaf.perLabel["a"]!.f1 - 0.5) < 1e-12)
        #expect(abs(report.leaf.perLabel["b"]!.precision - 2.0 / 3) < 1e-12)
        #expect(report.leaf.perLabel["b"]!.recall == 1)
        #expect(abs(report.leaf.perLabel["b"]!.f1 - 0.8) < 1e-12)
        #expect(report.leaf.perLabel["c"] == LabelMetrics(precision: 0, recall: 0, f1: 0, support: 1))
        #expect(abs(report.leaf.macroF1 - 1.3 / 3) < 1e-12)
        #expect(report.leaf.confusion == ["a": ["a": 1, "b": 1], "b": ["b": 2], "c": ["a": 1]])
    }

    @Test func topLevelGroupsLabelsBeforeTheFirstDot() {
        // top level: truth x x y, predicted x x x → accuracy 2/3; x: P 2/3, R 1, F1 0.8; y: 0 → macro 0.4
        let report = EvaluationReport(truth: ["x.a", "x.b", "y"], predicted: ["x.b", "x.b", "x.a"])
        #expect(abs(report.leaf.accuracy - 1.0 / 3) < 1e-12)
        #expect(abs(report.top.accuracy - 2.0 / 3) < 1e-12)
        #expect(abs(report.top.perLabel["x"]!.f1 - 0.8) < 1e-12)
        #expect(abs(report.top.macroF1 - 0.4) < 1e-12)
        #expect(report.top.confusion == ["x": ["x": 2], "y": ["x": 1]])
    }

    @Test func labelsOnlyPredictedCountInMacroF1() {
        let report = EvaluationReport(truth: ["a", "a"], predicted: ["a", "b"])
        // a: P 1, R 1/2, F1 2/3; b: predicted once, never true → F1 0
        #expect(report.leaf.perLabel["b"]?.support == 0)
        #expect(abs(report.leaf.macroF1 - 1.0 / 3) < 1e-12)
    }
}

@Suite struct BackgroundEvaluationTests {
    static let model = try! Trainer.train(
        taxonomy: Fixtures.taxonomy, examples: Fixtures.examples(count: 900), parameters: TrainingParameters()
    ).model

    @Test func falseAlarmsAreCountedByLabelWithTheTokensThatPushedThem() throws {
        let texts = ["boa noite chat", "salve galera", "sem som mano", "sem som mano", "travou tudo", "que golaço"]
        let report = try BackgroundEvaluation(model: Self.model, texts: texts, normalLabel: "nenhum")
        #expect(report.messages == 6 && report.falseAlarms == 3)
        #expect(abs(report.falseAlarmShare - 0.5) < 1e-9)
        #expect(report.byLabel.map(\.label) == ["audio.sem_som", "video.travando"])
        #expect(report.byLabel.first?.count == 2 && report.byLabel.first?.examples == ["sem som mano"])
        let tokens = report.responsibleTokens.map(\.token)
        #expect(tokens.contains("som") && tokens.contains("travou"), "\(tokens)")
        #expect(!tokens.contains("noite") && !tokens.contains("galera"))
        #expect(throws: VigiaError.self) {
            try BackgroundEvaluation(model: Self.model, texts: texts, normalLabel: "neutral")
        }
    }
}
