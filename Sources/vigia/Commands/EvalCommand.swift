import ArgumentParser
import Foundation
import VigiaCore
import VigiaML

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract:
            "Evaluate a model on labeled data: accuracy, macro-F1, per-label metrics and confusion, at leaf and top level.",
        discussion: """
            With --background FILE instead of --data: false alarms on real text assumed to report nothing (a text \
            per line, a .csv with a text column, or .jsonl with text): the share of messages not given the normal \
            label, by label with examples, and the tokens that pushed them most.
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: "Labeled file (.csv with text,label columns, or .jsonl).")
    var data: String?

    @Option(help: "Texts assumed normal, to count false alarms on.")
    var background: String?

    @Option(help: "The label a normal message should get (with --background).")
    var normal = "nenhum"

    @Flag(help: "Print exactly one JSON object instead of tables.")
    var json = false

    func validate() throws {
        guard (data == nil) != (background == nil) else { throw ValidationError("give --data or --background") }
    }

    func run() throws {
        try reportingErrors { () throws(VigiaError) in
            let model = try modelOptions.load()
            guard let data else {
                return try evaluateBackground(model, path: background!)
            }
            let dataSet = try LabeledDataFile.read(path: data)
            try dataSet.validate(against: model.taxonomy)
            let report = model.evaluate(dataSet.examples)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                // Encoding plain Codable values to JSON cannot fail.
                print(String(decoding: try! encoder.encode(report), as: UTF8.self))
            } else {
                print("\(data): \(report.n) examples, taxonomy \(model.taxonomy.name)")
                print(EvaluationTable.render(report, labels: model.taxonomy.labels))
            }
        }
    }

    private func evaluateBackground(_ model: ClassifierModel, path: String) throws(VigiaError) {
        let report = try BackgroundEvaluation(
            model: model, texts: try LabeledDataFile.readTexts(path: path), normalLabel: normal)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            // Encoding plain Codable values to JSON cannot fail.
            print(String(decoding: try! encoder.encode(report), as: UTF8.self))
            return
        }
        func percent(_ share: Double) -> String { String(format: "%.2f %%", share * 100) }
        print(
            "\(path): \(report.messages) messages assumed '\(normal)', taxonomy \(model.taxonomy.name): "
                + "\(report.falseAlarms) false alarms (\(percent(report.falseAlarmShare)))")
        for label in report.byLabel {
            let examples = label.examples.map { "“\(LabeledDataFile.oneLine($0, limit: 60))”" }.joined(separator: ", ")
            print(
                "  \(label.label.padding(toLength: 24, withPad: " ", startingAt: 0)) \(String(format: "%6d", label.count))"
                    + "  \(percent(label.share))  \(examples)")
        }
        if !report.responsibleTokens.isEmpty {
            print("tokens that pushed them most (weight, false alarms):")
            print(
                "  "
                    + report.responsibleTokens.map {
                        "\($0.token) \(String(format: "%.0f", $0.weight)) (\($0.messages))"
                    }
                    .joined(separator: ", "))
        }
    }
}
