import ArgumentParser
import Foundation
import VigiaCore
import VigiaML

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract:
            "Evaluate a model on labeled data: accuracy, macro-F1, per-label metrics and confusion, at leaf and top level."
    )

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: "Labeled file (.csv with text,label columns, or .jsonl).")
    var data: String

    @Flag(help: "Print exactly one JSON object instead of tables.")
    var json = false

    func run() throws {
        try reportingErrors { () throws(VigiaError) in
            let model = try modelOptions.load()
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
}
