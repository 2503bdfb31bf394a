import ArgumentParser
import VigiaText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Show how Vigia normalizes chat text before classifying it (one line in, one line out).")

    @Option(help: "A text; without it, lines are read from stdin.")
    var text: String?

    func run() {
        let normalizer = TextNormalizer()
        printTransformed(text: text) { normalizer.normalize($0) }
    }
}
