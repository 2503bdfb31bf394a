import ArgumentParser
import Foundation
import VigiaCore
import VigiaML

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify texts; prints one JSON object per input: text, label, confidence, top.",
        discussion: """
            Input: --text, or --input FILE (.csv with a text column, .jsonl with text, else one text per line), \
            or one text per line on stdin.
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: "A single text to classify.")
    var text: String?

    @Option(help: "File of texts to classify.")
    var input: String?

    @Option(help: "How many labels to list in `top`.")
    var top: Int = 3

    func validate() throws {
        guard text == nil || input == nil else { throw ValidationError("give --text or --input, not both") }
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingErrors { () throws(VigiaError) in
            let model = try modelOptions.load()
            var scratch = ClassificationScratch()
            let emit = { (text: String) in
                let result = model.classify(text, top: top, scratch: &scratch)
                let top = result.top.map {
                    "{\"label\":\(JSONText.string($0.label)),\"confidence\":\(JSONText.number($0.confidence))}"
                }
                print(
                    "{\"text\":\(JSONText.string(text)),\"label\":\(JSONText.string(result.label)),"
                        + "\"confidence\":\(JSONText.number(result.confidence)),\"top\":[\(top.joined(separator: ","))]}"
                )
            }
            if let text {
                emit(text)
            } else if let input {
                for text in try LabeledDataFile.readTexts(path: input) { emit(text) }
            } else {
                while let line = readLine() {
                    if !line.trimmingCharacters(in: .whitespaces).isEmpty { emit(line) }
                }
            }
        }
    }
}
