import Foundation
import Testing
import VigiaCore
import VigiaML
import VigiaTesting
import VigiaText

@testable import VigiaEngine

/// A classifier that knows the answer: the label the scenario meant for each text. It isolates what these tests
/// are about (counting, detection, insights) from the model, which `vigia eval` measures.
struct ScriptedClassifier: TextClassifier {
    let taxonomy = Taxonomy.techIssues
    let labels: [String: String]

    func classify(_ text: String) -> Classification {
        Classification(top: [LabelScore(label: labels[text] ?? "nenhum", confidence: 0.95)])
    }
}

@Suite struct StreamMonitorTests {
    func replay(seed: UInt64) throws -> [StreamMonitor.Event] {
        let messages = try MatchScenario(seed: seed).messages()
        let labels = Dictionary(messages.map { ($0.text, $0.label) }, uniquingKeysWith: { first, _ in first })
        let classifier = ScriptedClassifier(labels: labels)
        var monitor = StreamMonitor(stream: StreamID("match"), taxonomy: classifier.taxonomy.name)
        var events: [StreamMonitor.Event] = []
        for message in messages {
            let classification = classifier.classify(message.text)
            events += monitor.observe(
                redacted: message.text, label: classification.label, confidence: classification.confidence,
                at: message.time)
        }
        return events + monitor.finish()
    }

    @Test func messagesDeliveredLateStillCountAndASilentStreamEndsItsBurst() {
        // A live clock ticks every second; the source delivers each second's messages three seconds late (a chat
        // polled every few seconds).
        var monitor = StreamMonitor(stream: StreamID("live"), taxonomy: "tech-issues")
        var events: [StreamMonitor.Event] = []
        let start: Int64 = 1_795_000_000
        func at(_ second: Int64) -> Timestamp { Timestamp(milliseconds: second * 1000) }
        for second in start..<(start + 400) {
            events += monitor.advance(to: at(second + 3))
            let complaints = second >= start + 300 && second < start + 330 ? 6 : 0
            for index in 0..<(2 + complaints) {
                events += monitor.observe(
                    redacted: "m", label: index < complaints ? "audio.sem_som" : "nenhum", confidence: 0.95,
                    at: at(second))
            }
        }
        #expect(events.filter { $0.kind == .incidentOpened }.map(\.burst.label) == ["audio.sem_som"])
        // Then the chat falls silent: only the clock moves, and the burst ends after its quiet period.
        for second in (start + 403)..<(start + 600) { events += monitor.advance(to: at(second)) }
        #expect(events.contains { $0.kind == .incidentResolved }, "\(events.map(\.kind))")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func theMatchScenarioOpensEveryScriptedIncidentWithinFiveSecondsAndNothingElse(seed: UInt64) throws {
        let events = try replay(seed: seed)
        let opened = events.filter { $0.kind == .incidentOpened }
        let kickOff = MatchScenario.kickOff.milliseconds
        for incident in MatchScenario.events where incident.label != nil {
            let start = kickOff + incident.start * 1000
            let match = try #require(opened.first { $0.burst.label == incident.label }, "\(incident.name) not opened")
            #expect(
                match.at.milliseconds - start < 5_000,
                "\(incident.name) opened after \(match.at.milliseconds - start) ms")
        }
        // Goals, half time and the quiet baseline open nothing: only the scripted labels ever open.
        let scripted = Set(MatchScenario.events.compactMap(\.label))
        #expect(opened.allSatisfy { scripted.contains($0.burst.label) }, "\(opened.map(\.burst.label))")
        #expect(opened.count == scripted.count)
        let insights = events.filter { $0.kind == .insight }.compactMap(\.insight)
        #expect(insights.contains { $0.hasPrefix("Pico de relatos de áudio (sem som):") && $0.contains("Exemplos: “") })
        #expect(insights.contains { $0.hasPrefix("Relatos de rede (buffering) normalizados às 20:14, duração 4 min") })
        #expect(insights.contains { $0.hasPrefix("Relatos de áudio (sem som) normalizados às 19:35, duração 5 min") })
    }

    @Test func theSameRecordingGivesTheSameEvents() throws {
        #expect(try replay(seed: 4) == replay(seed: 4))
    }

    @Test func samplesAreConfidentAndDiverse() {
        let monitor = StreamMonitor(stream: StreamID("s"), taxonomy: "tech-issues")
        func sample(_ id: Int64, _ text: String, _ confidence: Double) -> StreamMonitor.Sample {
            StreamMonitor.Sample(id: MessageID(rawValue: id), text: text, confidence: confidence)
        }
        let newestFirst = [
            sample(9, "SEM SOM!!", 0.8), sample(8, "sem som", 0.9), sample(7, "cadê o áudio?", 0.75),
            sample(6, "sem som", 0.99), sample(5, "o som sumiu aqui", 0.9), sample(4, "sem som mesmo", 0.9),
        ]
        let chosen = monitor.choose(from: newestFirst).compactMap(\.id?.rawValue)
        // Most confident first, newest first among equals; "sem som" once, and "sem som mesmo" is too close to it.
        #expect(chosen == [6, 5, 7])
    }

    @Test func anIncidentsSamplesAreFromItsBurst() {
        var monitor = StreamMonitor(stream: StreamID("s"), taxonomy: "tech-issues")
        var events: [StreamMonitor.Event] = []
        var id: Int64 = 0
        func say(_ text: String, _ label: String, at second: Int64) {
            id += 1
            events += monitor.observe(
                redacted: text, label: label, confidence: 0.95, id: MessageID(rawValue: id),
                at: Timestamp(milliseconds: (MatchScenario.kickOff.milliseconds / 1000 + second) * 1000))
        }
        for second in Int64(0)..<600 {
            say("boa noite", "nenhum", at: second)
            // Now and then a complaint, part of the baseline.
            if second % 120 == 0 { say("ficou sem som \(second)", "audio.sem_som", at: second) }
            if second >= 590 { for _ in 0..<5 { say("sem som agora", "audio.sem_som", at: second) } }
        }
        let opened = events.first { $0.kind == .incidentOpened }
        let insight = events.first { $0.kind == .insight }?.insight ?? ""
        #expect(opened != nil)
        #expect(insight.contains("“sem som agora”") && !insight.contains("ficou sem som"), "\(insight)")
        #expect(opened?.samples.allSatisfy { $0.rawValue > 600 } == true)
    }
}
