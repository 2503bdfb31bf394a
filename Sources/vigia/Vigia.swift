import ArgumentParser

@main
struct Vigia: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vigia: real-time classification and monitoring of short-text streams.",
        subcommands: [
            SynthCommand.self, TrainCommand.self, ClassifyCommand.self, EvalCommand.self, BenchCommand.self,
            NormalizeCommand.self, RedactCommand.self, DatabaseCommand.self, ExportCommand.self, RunCommand.self,
            ServeCommand.self, DemoCommand.self, LoadgenCommand.self, IngestCommand.self, SourcesCommand.self,
            ReceiversCommand.self, RoutesCommand.self, AlertsCommand.self,
        ]
    )
}
