import ArgumentParser
import Foundation
import VigiaCore
import VigiaML

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Vigia's throughput (build with -c release for meaningful figures).",
        subcommands: [
            BenchClassifyCommand.self, BenchStoreCommand.self, BenchDetectCommand.self, BenchPipelineCommand.self,
            BenchHTTPCommand.self,
        ])
}

struct BenchClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Messages classified per second (normalize, featurize, score, calibrated softmax, best label).",
        discussion: """
            Without --input, classifies 100,000 synthetic chat messages of the taxonomy (seed 7). Each thread \
            classifies the messages in a loop for the given time after one warm-up pass.
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: "Texts to classify (.csv with a text column, .jsonl with text, else one per line).")
    var input: String?

    @Option(help: "How long to measure, in seconds.")
    var seconds: Double = 3

    @Option(help: "Classifying threads.")
    var threads: Int = 1

    @Flag(help: "Print one JSON object (msgs_per_s, threads, …).")
    var json = false

    func validate() throws {
        guard seconds > 0 && seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
        guard threads >= 1 && threads <= 256 else { throw ValidationError("--threads must be in 1…256") }
    }

    func run() throws {
        try reportingErrors { () throws(VigiaError) in
            let model = try modelOptions.load()
            let messages: [String]
            if let input {
                messages = try LabeledDataFile.readTexts(path: input)
            } else {
                let taxonomy = SyntheticDataGenerator.supports(model.taxonomy) ? model.taxonomy : Taxonomy.techIssues
                var generator = try SyntheticDataGenerator(taxonomy: taxonomy, seed: 7)
                messages = generator.generate(count: 100_000).map(\.text)
            }
            guard !messages.isEmpty else { throw VigiaError(.invalidData, "no messages to classify") }
            let result = ClassifyBenchmark(model: model, messages: messages).run(threads: threads, seconds: seconds)
            let lengths = messages.map(\.count).sorted()
            let median = lengths[lengths.count / 2]
            let nanoseconds = 1e9 * Double(threads) / result.messagesPerSecond
            if json {
                print(
                    "{\"msgs_per_s\":\(Int(result.messagesPerSecond)),\"threads\":\(threads),"
                        + "\"seconds\":\(String(format: "%.3f", result.seconds)),\"classified\":\(result.classified),"
                        + "\"messages\":\(messages.count),\"median_chars\":\(median),"
                        + "\"ns_per_msg_per_thread\":\(String(format: "%.1f", nanoseconds)),"
                        + "\"taxonomy\":\(JSONText.string(model.taxonomy.name))}")
            } else {
                print(
                    """
                    taxonomy     \(model.taxonomy.name)
                    messages     \(messages.count) distinct, median \(median) characters
                    threads      \(threads)
                    classified   \(result.classified) in \(String(format: "%.2f", result.seconds)) s
                    throughput   \(Int(result.messagesPerSecond)) msgs/s (\(String(format: "%.0f", nanoseconds)) ns per message per thread)
                    """)
            }
        }
    }
}

/// Classifies a fixed list of messages in a loop on several threads for a fixed time.
struct ClassifyBenchmark: Sendable {
    let model: ClassifierModel
    let messages: [String]

    struct Result {
        let classified: Int
        let seconds: Double
        var messagesPerSecond: Double { Double(classified) / seconds }
    }

    func run(threads: Int, seconds: Double) -> Result {
        var scratch = ClassificationScratch()
        let warmUp = messages.reduce(0) { $0 &+ model.predict($1, scratch: &scratch).label }
        let counts = Counts(threads: threads)
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + UInt64(seconds * 1e9)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var scratch = ClassificationScratch()
            var index = thread * messages.count / threads
            var classified = 0
            var labels = 0
            while true {
                for _ in 0..<1024 {
                    labels &+= model.predict(messages[index], scratch: &scratch).label
                    index += 1
                    if index == messages.count { index = 0 }
                }
                classified += 1024
                if DispatchTime.now().uptimeNanoseconds >= deadline { break }
            }
            counts.set(thread, classified: classified, checksum: labels &+ warmUp)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Result(classified: counts.total, seconds: elapsed)
    }
}

/// Per-thread results of a benchmark run.
private final class Counts: @unchecked Sendable {
    // @unchecked: each thread writes only its own slot, under the lock, and the total is read after all threads end.
    private var classified: [Int]
    private var checksums: [Int]
    private let lock = NSLock()

    init(threads: Int) {
        classified = Array(repeating: 0, count: threads)
        checksums = Array(repeating: 0, count: threads)
    }

    func set(_ thread: Int, classified count: Int, checksum: Int) {
        lock.withLock {
            classified[thread] = count
            // Keeping the predicted labels' sum stops the optimizer from dropping the classification as unused.
            checksums[thread] = checksum
        }
    }

    var total: Int { lock.withLock { classified.reduce(0, +) } }
}
