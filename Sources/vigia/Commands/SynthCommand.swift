import ArgumentParser
import VigiaCore
import VigiaML

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write synthetic labeled chat messages for a built-in taxonomy (CSV with text,label).",
        discussion: "The same taxonomy, count and seed always produce the same file.")

    @Option(help: "Built-in taxonomy: tech-issues or feedback.")
    var taxonomy: String

    @Option(help: "Number of examples.")
    var count: Int = 20_000

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Output CSV file.")
    var out: String

    func validate() throws {
        guard count > 0 && count <= 50_000_000 else {
            throw ValidationError("--count must be between 1 and 50,000,000")
        }
    }

    func run() throws {
        try reportingErrors { () throws(VigiaError) in
            guard let builtIn = Taxonomy.builtIn[taxonomy] else {
                throw VigiaError(
                    .notFound,
                    "taxonomy '\(taxonomy)' has no synthetic generator (built in: \(Taxonomy.builtIn.keys.sorted().joined(separator: ", ")))"
                )
            }
            var generator = try SyntheticDataGenerator(taxonomy: builtIn, seed: seed)
            try LabeledDataFile.writeCSV(generator.generate(count: count), to: out)
            StandardError.write("vigia: wrote \(count) examples to \(out)\n")
        }
    }
}
