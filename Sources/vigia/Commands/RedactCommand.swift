import ArgumentParser
import VigiaText

struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Replace e-mails, phone numbers, CPF, CNPJ and card numbers with typed placeholders.",
        discussion: "Vigia applies the same redaction before storing a message or sending it to an LLM.")

    @Option(help: "A text; without it, lines are read from stdin.")
    var text: String?

    func run() {
        let redactor = PIIRedactor()
        printTransformed(text: text) { redactor.redact($0) }
    }
}
