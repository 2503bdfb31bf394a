import ArgumentParser
import Foundation
import VigiaCore
import VigiaML

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a classifier from labeled CSV or JSON Lines files.",
        discussion: """
            A built-in taxonomy (tech-issues, feedback) keeps its label ids and rejects others. Any other name makes \
            a new taxonomy whose labels are the ones found in the data; use the model with --model in classify, \
            eval and bench. Part of each label's examples is held out to calibrate confidences and report the \
            validation metrics printed at the end. The same data, options and seed give the same model file.
            """)

    @Option(help: "Taxonomy name: built in, or a new one made from the data's labels.")
    var taxonomy: String

    @Option(parsing: .upToNextOption, help: "Training files (.csv with text,label columns, or .jsonl).")
    var data: [String]

    @Option(help: "Passes over the data.")
    var epochs: Int = TrainingParameters().epochs

    @Option(help: "Embedding width during training.")
    var dim: Int = TrainingParameters().dimension

    @Option(help: "Initial learning rate.")
    var lr: Double = TrainingParameters().learningRate

    @Option(help: "Random seed (split, initialization, order).")
    var seed: UInt64 = TrainingParameters().seed

    @Option(help: "Word n-grams: 1 (words) or 2 (words and adjacent pairs).")
    var wordNgrams: Int = FeatureConfiguration().wordNgrams

    @Option(help: "Shortest character n-gram (0 turns them off).")
    var minChar: Int = FeatureConfiguration().minCharNgram

    @Option(help: "Longest character n-gram.")
    var maxChar: Int = FeatureConfiguration().maxCharNgram

    @Option(help: "Hash buckets as a power of two.")
    var bucketBits: Int = FeatureConfiguration().bucketBits

    @Option(help: "Leave out feature rows whose largest logit contribution is below this (smaller, faster model).")
    var pruneBelow: Double = TrainingParameters().pruneBelow

    @Option(help: "Share of each label held out for calibration and validation.")
    var validation: Double = TrainingParameters().validationShare

    @Option(help: "Where to write the model file.")
    var out: String

    func validate() throws {
        guard !data.isEmpty else { throw ValidationError("give at least one --data file") }
    }

    func run() throws {
        try reportingErrors { () throws(VigiaError) in
            var examples: [LabeledExample] = []
            var labels: [String] = []
            let builtIn = Taxonomy.builtIn[taxonomy]
            for path in data {
                let dataSet = try LabeledDataFile.read(path: path)
                if let builtIn { try dataSet.validate(against: builtIn) }
                examples += dataSet.examples
                labels += dataSet.labelsInOrderOfAppearance.filter { !labels.contains($0) }
            }
            let target: Taxonomy
            if let builtIn { target = builtIn } else { target = try Taxonomy(name: taxonomy, labels: labels.sorted()) }
            if let builtIn {
                let missing = builtIn.labels.filter { !labels.contains($0) }
                if !missing.isEmpty {
                    StandardError.write(
                        "vigia: warning: no examples for \(missing.joined(separator: ", ")); the model will not predict them\n"
                    )
                }
            }
            let parameters = TrainingParameters(
                epochs: epochs, dimension: dim, learningRate: lr, seed: seed, validationShare: validation,
                features: FeatureConfiguration(
                    wordNgrams: wordNgrams, minCharNgram: minChar, maxCharNgram: maxChar, bucketBits: bucketBits),
                pruneBelow: pruneBelow)
            StandardError.write(
                "vigia: training '\(target.name)' (\(target.labels.count) labels) on \(examples.count) examples\n")
            let bar = ProgressBar()
            let clock = ContinuousClock()
            let started = clock.now
            let result = try Trainer.train(
                taxonomy: target, examples: examples, parameters: parameters, progress: { bar.update($0) })
            let elapsed = clock.now - started
            try ModelFile.write(result.model, to: out)
            let seconds = elapsed.inSeconds
            StandardError.write("vigia: trained in \(String(format: "%.2f", seconds)) s; wrote \(out)\n")
            if let report = result.validation {
                let temperature = String(format: "%.3f", result.model.metadata.temperature)
                print("Validation (\(report.n) held-out examples, temperature \(temperature)):")
                print(EvaluationTable.render(report, labels: target.labels))
            } else {
                print("No validation split (too few examples per label); confidences are not calibrated.")
            }
        }
    }
}
