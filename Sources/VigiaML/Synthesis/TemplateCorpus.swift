import VigiaCore

/// Templates of one label, split into groups that each get a share of the label's examples.
///
/// Groups let one label mix kinds of message in fixed proportions (for `nenhum`: football talk that shares words
/// with the problems, recoveries, ordinary chat…) without the number of templates in each kind skewing the mix.
struct LabelTemplates: Sendable {
    /// One kind of message, with its Portuguese and Spanish templates.
    struct Group: Sendable {
        let weight: Double
        let portuguese: [String]
        /// May be empty: the group then speaks Portuguese only.
        let spanish: [String]
    }

    let label: String
    /// Relative share of this label in the output.
    let share: Double
    let groups: [Group]
    let portugueseNoise: NoiseProfile
    let spanishNoise: NoiseProfile
}

/// The compiled templates of one taxonomy, and the sampling that turns them into labeled examples.
struct TemplateCorpus: Sendable {
    private struct CompiledGroup: Sendable {
        let portuguese: [PhraseGrammar.Phrase]
        let spanish: [PhraseGrammar.Phrase]
    }

    private struct CompiledLabel: Sendable {
        let label: String
        let groups: [CompiledGroup]
        let groupCumulative: [Double]
        let portugueseNoise: NoiseProfile
        let spanishNoise: NoiseProfile
    }

    let taxonomy: Taxonomy
    private let grammar: PhraseGrammar
    private let labels: [CompiledLabel]
    private let labelCumulative: [Double]
    private let spanishShare: Double

    /// Compiles every template; `labels` must list exactly the taxonomy's labels, in its order.
    init(
        taxonomy: Taxonomy, slots: [(name: String, alternatives: [String])], labels: [LabelTemplates],
        spanishShare: Double
    ) {
        precondition(labels.map(\.label) == taxonomy.labels, "templates must cover \(taxonomy.name) in order")
        let grammar = PhraseGrammar(slots: slots)
        self.taxonomy = taxonomy
        self.grammar = grammar
        self.spanishShare = spanishShare
        self.labels = labels.map { spec in
            precondition(!spec.groups.isEmpty, "label \(spec.label) has no templates")
            let groups = spec.groups.map { group in
                precondition(!group.portuguese.isEmpty, "a group of \(spec.label) has no Portuguese templates")
                return CompiledGroup(
                    portuguese: group.portuguese.map(grammar.compile), spanish: group.spanish.map(grammar.compile))
            }
            return CompiledLabel(
                label: spec.label, groups: groups, groupCumulative: Self.cumulative(spec.groups.map(\.weight)),
                portugueseNoise: spec.portugueseNoise, spanishNoise: spec.spanishNoise)
        }
        labelCumulative = Self.cumulative(labels.map(\.share))
    }

    /// Draws a label by its share, a group, a language and a template; expands it and adds chat noise.
    func example(random: inout DeterministicRandom) -> LabeledExample {
        example(of: labels[Self.pick(labelCumulative, random: &random)], random: &random)
    }

    /// An example of one label (which must be the taxonomy's).
    func example(label name: String, random: inout DeterministicRandom) -> LabeledExample {
        example(of: labels.first { $0.label == name }!, random: &random)
    }

    private func example(of label: CompiledLabel, random: inout DeterministicRandom) -> LabeledExample {
        let group = label.groups[Self.pick(label.groupCumulative, random: &random)]
        let spanish = !group.spanish.isEmpty && random.chance(spanishShare)
        let phrase = spanish ? random.pick(group.spanish) : random.pick(group.portuguese)
        let text = grammar.expand(phrase, random: &random)
        let noisy = ChatAugmenter.augment(
            text, profile: spanish ? label.spanishNoise : label.portugueseNoise, random: &random)
        return LabeledExample(text: noisy.isEmpty ? text : noisy, label: label.label)
    }

    private static func cumulative(_ weights: [Double]) -> [Double] {
        var total = 0.0
        return weights.map { weight in
            precondition(weight > 0, "template weights must be positive")
            total += weight
            return total
        }
    }

    /// Index whose cumulative weight first exceeds a uniform draw over the total.
    private static func pick(_ cumulative: [Double], random: inout DeterministicRandom) -> Int {
        let target = random.unitDouble() * cumulative[cumulative.count - 1]
        return cumulative.firstIndex { target < $0 } ?? cumulative.count - 1
    }
}
