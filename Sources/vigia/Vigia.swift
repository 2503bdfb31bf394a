import ArgumentParser

@main
struct Vigia: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Real-time monitor of short-text streams.")
}
