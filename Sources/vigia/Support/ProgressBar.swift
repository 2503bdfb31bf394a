import VigiaML

/// Training progress on stderr: a bar redrawn in place on a terminal, one line per epoch otherwise (logs, CI).
struct ProgressBar: Sendable {
    private let interactive = StandardError.isTerminal

    func update(_ progress: TrainingProgress) {
        let fraction = Double(progress.processed) / Double(progress.total)
        if interactive {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            StandardError.write(
                "\r[\(bar)] \(Int(fraction * 100))%  epoch \(progress.epoch)/\(progress.epochs)  loss \(format(progress.loss))"
            )
            if progress.processed == progress.total { StandardError.write("\n") }
        } else if progress.isEndOfEpoch {
            StandardError.write("epoch \(progress.epoch)/\(progress.epochs)  loss \(format(progress.loss))\n")
        }
    }

    private func format(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }
}
