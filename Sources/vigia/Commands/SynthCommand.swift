import ArgumentParser
import VigiaCore
import VigiaML

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write synthetic labeled chat messages for a built-in taxonomy, or a scripted live recording.",
        discussion: """
            With --taxonomy: CSV with text,label. With --scenario match: a two-hour football live chat as JSON Lines \
            (ts, id, author, text, and the label the script meant), the input of `vigia run`: an audio outage at \
            minute 30, buffering at minute 70, goals (chat surges, no technical problem) at minutes 45 and 95. The \
            same arguments always produce the same file.
            """)

    @Option(help: "Built-in taxonomy: tech-issues or feedback.")
    var taxonomy: String?

    @Option(help: "A scripted recording instead of labeled examples: match.")
    var scenario: String?

    @Option(help: "Number of examples.")
    var count: Int = 20_000

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Output file (CSV for --taxonomy, JSON Lines for --scenario).")
    var out: String

    func validate() throws {
        guard (taxonomy == nil) != (scenario == nil) else {
            throw ValidationError("give either --taxonomy or --scenario")
        }
        if let scenario, scenario != "match" { throw ValidationError("the only scenario is 'match'") }
        guard count > 0 && count <= 50_000_000 else {
            throw ValidationError("--count must be between 1 and 50,000,000")
        }
    }

    func run() throws {
        try reportingErrors { () throws(VigiaError) in
            guard let taxonomy else {
                let messages = try MatchScenario(seed: seed).messages()
                try LabeledDataFile.writeLines(messages.map(MatchScenario.jsonLine), to: out)
                StandardError.write(
                    "vigia: wrote a \(MatchScenario.duration / 60)-minute match, \(messages.count) messages, to \(out)\n"
                )
                return
            }
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
