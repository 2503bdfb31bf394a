import Foundation
import Testing
import VigiaTesting

/// The `vigia` commands as a user runs them: real processes, real files, exit codes and output streams.
@Suite struct CommandLineTests {
    /// A small custom taxonomy that trains in well under a second even in debug builds.
    static let offensiveCSV: String = {
        let offensive = ["seu lixo", "cala a boca idiota", "vai se ferrar", "que imbecil", "bando de otario"]
        let neutral = ["boa noite", "que jogo bonito", "qual o placar", "salve galera", "bora time"]
        var rows = ["id,text,label"]
        for round in 0..<20 {
            for text in offensive { rows.append("\(rows.count),\(text) \(round),offensive") }
            for text in neutral { rows.append("\(rows.count),\"\(text), \(round)\",neutral") }
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    /// Trains the custom taxonomy into `directory` and returns the data and model paths.
    func trainOffensiveModel(in directory: TemporaryDirectory, epochs: Int = 5) throws -> (data: String, model: String)
    {
        let data = try directory.write("offensive.csv", Self.offensiveCSV)
        let model = directory.path("offensive.vgm")
        let train = try VigiaProcess.run([
            "train", "--taxonomy", "offensive", "--data", data, "--epochs", String(epochs), "--bucket-bits", "16",
            "--out", model,
        ])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stdout.contains("Validation"))
        #expect(train.stderr.contains("epoch \(epochs)/\(epochs)"))
        return (data, model)
    }

    @Test(arguments: [
        "synth", "train", "classify", "eval", "bench classify", "bench store", "bench detect", "bench pipeline",
        "bench http",
        "normalize", "redact",
        "db migrate",
        "db stats", "db retention", "export", "run", "serve", "demo", "loadgen", "ingest", "sources add",
        "sources list", "sources remove", "receivers add", "receivers list", "receivers remove", "routes add",
        "routes list", "routes remove", "alerts test", "alerts silence", "alerts unsilence", "alerts silences",
        "alerts list",
    ])
    func everyCommandHasHelp(command: String) throws {
        let outcome = try VigiaProcess.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("USAGE: vigia \(command)"))
    }

    @Test func runReplaysARecordingAndReportsItsBurst() throws {
        let directory = try TemporaryDirectory()
        let (_, model) = try trainOffensiveModel(in: directory)
        var lines: [String] = []
        for second in 0..<600 {
            let time = 1_795_378_445_000 + second * 1000
            lines.append("{\"ts\":\(time),\"text\":\"boa noite \(second)\"}")
            lines.append("{\"ts\":\(time + 500),\"text\":\"que jogo bonito\",\"author\":\"ana\"}")
            if second >= 480 && second < 540 {
                for copy in 0..<5 { lines.append("{\"ts\":\(time + 600 + copy),\"text\":\"seu lixo \(copy)\"}") }
            }
        }
        let recording = try directory.write("live.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try VigiaProcess.run([
            "run", "--taxonomy", "offensive", "--model", model, "--input", recording, "--json", "--stream", "live",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let events = try run.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        let opened = try #require(events.first { $0["event"] as? String == "incident_opened" })
        #expect(opened["label"] as? String == "offensive" && opened["stream"] as? String == "live")
        #expect(
            (opened["at"] as? String ?? "") >= "2026-11-22T20:22:05"
                && (opened["at"] as? String ?? "") < "2026-11-22T20:22:11")
        #expect(events.contains { ($0["text"] as? String)?.hasPrefix("Pico de relatos de offensive") == true })

        // With --persist the messages, incident and insights land in the store; the events carry the incident id.
        let database = directory.path("replay.sqlite")
        let persisted = try VigiaProcess.run([
            "run", "--taxonomy", "offensive", "--model", model, "--input", recording, "--json", "--stream", "live",
            "--persist", "--store-path", database,
        ])
        #expect(persisted.status == 0, "\(persisted.stderr)")
        #expect(persisted.stdout.contains("\"incident\":1,"))
        let export = try VigiaProcess.run([
            "export", "--store-path", database, "--tenant", "local", "--stream", "live", "--label", "offensive",
        ])
        #expect(export.stdout.split(separator: "\n").count == 300, "\(export.stderr)")

        let bench = try VigiaProcess.run([
            "bench", "pipeline", "--taxonomy", "offensive", "--model", model, "--messages", "3000", "--streams", "7",
            "--batch", "100", "--lanes", "2", "--json",
        ])
        #expect(bench.status == 0, "\(bench.stderr)")
        let figures = try JSONSerialization.jsonObject(with: Data(bench.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(figures["messages"] as? Int == 3000 && (figures["msgs_per_s"] as? Int ?? 0) > 0)
        #expect((figures["rss_mb_max"] as? Int ?? 0) > 0)

        let badSpeed = try VigiaProcess.run(["run", "--input", recording, "--speed", "0"])
        #expect(badSpeed.status == 64 && badSpeed.stderr.contains("--speed"))
        let missing = try VigiaProcess.run(["run", "--input", directory.path("nope.jsonl")])
        #expect(missing.status == 2 && missing.stderr.contains("nope.jsonl"))
    }

    @Test func trainClassifyEvaluateAndBenchACustomTaxonomy() throws {
        let directory = try TemporaryDirectory()
        let (data, model) = try trainOffensiveModel(in: directory)
        #expect(FileManager.default.fileExists(atPath: model))

        let classify = try VigiaProcess.run([
            "classify", "--taxonomy", "offensive", "--model", model, "--text", "cala a boca, seu \"lixo\"",
        ])
        #expect(classify.status == 0, "\(classify.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(classify.stdout.utf8)) as! [String: Any]
        #expect(object["text"] as? String == "cala a boca, seu \"lixo\"")
        #expect(object["label"] as? String == "offensive")
        let confidence = try #require(object["confidence"] as? Double)
        #expect(confidence > 0.5 && confidence <= 1)
        let top = try #require(object["top"] as? [[String: Any]])
        #expect(top.count == 2)
        #expect(top.map { $0["label"] as? String } == ["offensive", "neutral"])

        let stdin = try VigiaProcess.run(
            ["classify", "--taxonomy", "offensive", "--model", model], stdin: "boa noite galera\n\nque imbecil\n")
        let lines = stdin.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"label\":\"neutral\"") == true)

        let eval = try VigiaProcess.run(["eval", "--taxonomy", "offensive", "--model", model, "--data", data, "--json"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as! [String: Any]
        #expect(report["n"] as? Int == 200)
        let leaf = try #require(report["leaf"] as? [String: Any])
        #expect((leaf["accuracy"] as? Double ?? 0) > 0.9)
        #expect(leaf["macro_f1"] is Double)
        let perLabel = try #require(leaf["per_label"] as? [String: [String: Any]])
        #expect(Set(perLabel["offensive"]?.keys.map { $0 } ?? []) == ["precision", "recall", "f1", "support"])
        #expect((leaf["confusion"] as? [String: [String: Int]])?["neutral"]?["neutral"] ?? 0 > 90)
        #expect(report["top"] is [String: Any])

        let normal = try directory.write("normal.txt", "boa noite galera\nseu lixo\nseu lixo\nque jogo bonito\n")
        let background = try VigiaProcess.run([
            "eval", "--taxonomy", "offensive", "--model", model, "--background", normal, "--normal", "neutral",
            "--json",
        ])
        #expect(background.status == 0, "\(background.stderr)")
        let alarms = try JSONSerialization.jsonObject(with: Data(background.stdout.utf8)) as! [String: Any]
        #expect(alarms["messages"] as? Int == 4 && alarms["falseAlarms"] as? Int == 2)
        #expect((alarms["byLabel"] as? [[String: Any]])?.first?["label"] as? String == "offensive")
        let table = try VigiaProcess.run([
            "eval", "--taxonomy", "offensive", "--model", model, "--background", normal, "--normal", "neutral",
        ])
        #expect(table.stdout.contains("2 false alarms (50.00 %)") && table.stdout.contains("lixo"), "\(table.stdout)")
        let wrongNormal = try VigiaProcess.run([
            "eval", "--taxonomy", "offensive", "--model", model, "--background", normal,
        ])
        #expect(wrongNormal.status == 2 && wrongNormal.stderr.contains("no label 'nenhum'"))

        let texts = try directory.write("texts.txt", "boa noite\nseu lixo\n")
        let bench = try VigiaProcess.run([
            "bench", "classify", "--taxonomy", "offensive", "--model", model, "--input", texts, "--seconds", "0.2",
            "--json",
        ])
        #expect(bench.status == 0, "\(bench.stderr)")
        let figures = try JSONSerialization.jsonObject(with: Data(bench.stdout.utf8)) as! [String: Any]
        #expect((figures["msgs_per_s"] as? Int ?? 0) > 0)
        #expect(figures["threads"] as? Int == 1)
    }

    @Test func synthIsDeterministic() throws {
        let directory = try TemporaryDirectory()
        for name in ["a.csv", "b.csv"] {
            let outcome = try VigiaProcess.run([
                "synth", "--taxonomy", "feedback", "--count", "500", "--seed", "4", "--out", directory.path(name),
            ])
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        let first = try String(contentsOfFile: directory.path("a.csv"), encoding: .utf8)
        #expect(first == (try String(contentsOfFile: directory.path("b.csv"), encoding: .utf8)))
        #expect(first.hasPrefix("text,label\n"))
        #expect(first.split(separator: "\n").count == 501)
    }

    @Test func badDataFilesGiveOneLineNamingFileAndLine() throws {
        let directory = try TemporaryDirectory()
        let cases: [(String, [UInt8], String)] = [
            ("nolabel.csv", Array("text,categoria\noi,x\n".utf8), "nolabel.csv:1:"),
            (
                "utf8.csv", Array("text,label\nok,elogio\nbad \u{FFFD},elogio\n".utf8).map { $0 == 0xEF ? 0xFF : $0 },
                "utf8.csv:3:"
            ),
            ("empty.csv", [], "empty.csv"),
            ("unknown.csv", Array("text,label\nbom,elogio\nruim,xingamento\n".utf8), "unknown.csv:3:"),
            ("broken.jsonl", Array("{\"text\":\"a\",\"label\":\"elogio\"}\n[1,2]\n".utf8), "broken.jsonl:2:"),
        ]
        for (name, bytes, prefix) in cases {
            let path = try directory.write(name, bytes: bytes)
            let outcome = try VigiaProcess.run([
                "train", "--taxonomy", "feedback", "--data", path, "--out", directory.path("m.vgm"),
            ])
            #expect(outcome.status == 2, "\(name)")
            let lines = outcome.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(name): \(outcome.stderr)")
            #expect(outcome.stderr.contains(prefix), "\(name): \(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: directory.path("m.vgm")))
        }
        let missing = try VigiaProcess.run([
            "eval", "--data", directory.path("nowhere.csv"), "--model", directory.path("x.vgm"),
        ])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("x.vgm"))
    }

    @Test func modelsMustMatchTheirTaxonomyAndBeIntact() throws {
        let directory = try TemporaryDirectory()
        let (data, model) = try trainOffensiveModel(in: directory, epochs: 1)

        let unknown = try VigiaProcess.run(["classify", "--taxonomy", "offensive", "--text", "oi"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--model"))

        let mismatch = try VigiaProcess.run(["classify", "--taxonomy", "feedback", "--model", model, "--text", "oi"])
        #expect(mismatch.status == 2)
        #expect(mismatch.stderr.contains("'offensive'"))

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: model)))
        bytes[bytes.count / 2] ^= 0xFF
        let damaged = try directory.write("damaged.vgm", bytes: bytes)
        let corrupt = try VigiaProcess.run(["classify", "--taxonomy", "offensive", "--model", damaged, "--text", "oi"])
        #expect(corrupt.status == 2)
        #expect(corrupt.stderr.contains("checksum"))

        let usage = try VigiaProcess.run(["classify", "--text", "a", "--input", data])
        #expect(usage.status != 0 && usage.status != 2)
    }
}
