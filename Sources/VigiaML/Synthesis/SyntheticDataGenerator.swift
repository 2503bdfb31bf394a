import VigiaCore

/// Generates labeled training examples for the built-in taxonomies, so Vigia can train its classifiers before
/// anyone has labeled real messages.
///
/// Examples come from hand-written templates of pt-BR live-stream chat and listener feedback (about 15% Spanish),
/// expanded through a small grammar (``PhraseGrammar``) and roughened with the noise of real chat: typos, missing
/// accents, abbreviations, stretched letters, emoji, interjections, shouting. For `tech-issues` about 30% of the
/// output is `nenhum`, half of it hard negatives that share words with the problems; the 13 problem labels split
/// the rest evenly. For `feedback` the five labels are even.
///
/// The sequence depends only on the taxonomy and the seed: the same seed gives the same examples, byte for byte,
/// on every run and platform.
public struct SyntheticDataGenerator: Sendable {
    // Compiled once per process: the corpora are immutable and compiling them takes a few milliseconds.
    private static let techIssuesCorpus = TechIssueTemplates.corpus()
    private static let feedbackCorpus = FeedbackTemplates.corpus()

    private let corpus: TemplateCorpus
    private var random: DeterministicRandom

    /// Whether synthetic data exists for `taxonomy`: true for the built-in `tech-issues` and `feedback`.
    public static func supports(_ taxonomy: Taxonomy) -> Bool {
        taxonomy == .techIssues || taxonomy == .feedback
    }

    /// A generator for `taxonomy` whose whole output is fixed by `seed`.
    ///
    /// - Throws: `VigiaError` with code `invalidArgument` when the taxonomy is not one of the built-in ones that
    ///   have templates (a user taxonomy needs real labeled examples).
    public init(taxonomy: Taxonomy, seed: UInt64) throws(VigiaError) {
        switch taxonomy {
        case .techIssues: corpus = Self.techIssuesCorpus
        case .feedback: corpus = Self.feedbackCorpus
        default:
            throw VigiaError(
                .invalidArgument,
                "no synthetic data for taxonomy '\(taxonomy.name)': only the built-in taxonomies "
                    + "\(Taxonomy.techIssues.name) and \(Taxonomy.feedback.name) have templates")
        }
        random = DeterministicRandom(seed: seed)
    }

    /// The next labeled example.
    public mutating func next() -> LabeledExample {
        corpus.example(random: &random)
    }

    /// The next example of `label`; throws `.invalidArgument` for a label the taxonomy does not have.
    public mutating func next(label: String) throws(VigiaError) -> LabeledExample {
        guard corpus.taxonomy.labels.contains(label) else {
            throw VigiaError(.invalidArgument, "taxonomy '\(corpus.taxonomy.name)' has no label '\(label)'")
        }
        return corpus.example(label: label, random: &random)
    }

    /// The next `count` labeled examples (none when `count` is zero or negative).
    public mutating func generate(count: Int) -> [LabeledExample] {
        guard count > 0 else { return [] }
        var examples: [LabeledExample] = []
        examples.reserveCapacity(count)
        for _ in 0..<count { examples.append(next()) }
        return examples
    }
}
