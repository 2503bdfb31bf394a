import Testing
import VigiaCore
import VigiaML

@Suite struct SyntheticDataGeneratorTests {
    // One large sample per taxonomy, shared by the statistical tests: generating it is the slow part in debug builds.
    static let techSample = sample(.techIssues, seed: 7, count: 20_000)
    static let feedbackSample = sample(.feedback, seed: 7, count: 20_000)

    static func sample(_ taxonomy: Taxonomy, seed: UInt64, count: Int) -> [LabeledExample] {
        var generator = try! SyntheticDataGenerator(taxonomy: taxonomy, seed: seed)
        return generator.generate(count: count)
    }

    static func shares(_ examples: [LabeledExample]) -> [String: Double] {
        var counts: [String: Int] = [:]
        for example in examples { counts[example.label, default: 0] += 1 }
        return counts.mapValues { Double($0) / Double(examples.count) }
    }

    @Test(arguments: [Taxonomy.techIssues, .feedback])
    func sameSeedGivesTheSameSequence(taxonomy: Taxonomy) {
        #expect(Self.sample(taxonomy, seed: 42, count: 2_000) == Self.sample(taxonomy, seed: 42, count: 2_000))
    }

    @Test(arguments: [Taxonomy.techIssues, .feedback])
    func differentSeedsGiveDifferentSequences(taxonomy: Taxonomy) {
        let first = Self.sample(taxonomy, seed: 1, count: 500)
        let second = Self.sample(taxonomy, seed: 2, count: 500)
        #expect(first != second)
        #expect(zip(first, second).filter { $0 == $1 }.count < 50)
    }

    @Test func generateContinuesTheSequenceOfNext() throws {
        var stepwise = try SyntheticDataGenerator(taxonomy: .feedback, seed: 9)
        var batch = try SyntheticDataGenerator(taxonomy: .feedback, seed: 9)
        let one = (0..<20).map { _ in stepwise.next() }
        #expect(batch.generate(count: 20) == one)
        #expect(batch.next() == stepwise.next())
        #expect(batch.generate(count: 0).isEmpty)
        #expect(batch.generate(count: -3).isEmpty)
    }

    @Test func techIssuesCoversEveryLabelWithAboutAThirdNenhum() {
        let shares = Self.shares(Self.techSample)
        #expect(Set(shares.keys) == Set(Taxonomy.techIssues.labels))
        let none = shares["nenhum", default: 0]
        #expect(none > 0.25 && none < 0.35)
        // The 13 problem labels split the other 70%: about 5.4% each.
        for label in Taxonomy.techIssues.labels where label != "nenhum" {
            let share = shares[label, default: 0]
            #expect(share > 0.04 && share < 0.07, "\(label): \(share)")
        }
    }

    @Test func feedbackLabelsAreRoughlyEven() {
        let shares = Self.shares(Self.feedbackSample)
        #expect(Set(shares.keys) == Set(Taxonomy.feedback.labels))
        for label in Taxonomy.feedback.labels {
            let share = shares[label, default: 0]
            #expect(share > 0.12 && share < 0.28, "\(label): \(share)")
        }
    }

    @Test func everyExampleIsValidAndClean() {
        for (taxonomy, examples) in [(Taxonomy.techIssues, Self.techSample), (.feedback, Self.feedbackSample)] {
            let bad = examples.filter { example in
                !taxonomy.labels.contains(example.label)
                    || example.text.allSatisfy(\.isWhitespace)
                    || example.text.contains { "{}<>|".contains($0) }
                    || example.text.hasPrefix(" ") || example.text.hasSuffix(" ") || example.text.contains("  ")
            }
            #expect(bad.isEmpty, "\(bad.prefix(5))")
        }
    }

    @Test func mostTextsAreDistinct() {
        for examples in [Self.techSample, Self.feedbackSample] {
            let distinct = Set(examples.map(\.text)).count
            #expect(Double(distinct) / Double(examples.count) >= 0.6)
        }
    }

    @Test func nenhumHoldsHardNegativesThatShareProblemWords() {
        let none = Self.techSample.filter { $0.label == "nenhum" }.map { $0.text.lowercased() }
        #expect(none.contains { $0.contains("travou") || $0.contains("travado") })
        #expect(none.contains { $0.contains("caiu") })
        #expect(none.contains { $0.contains("tela") })
        #expect(none.contains { $0.contains("voltou") })
        #expect(none.contains { $0.contains("som") || $0.contains("áudio") || $0.contains("audio") })
    }

    @Test func bothLanguagesAppear() {
        let tech = Self.techSample.map { $0.text.lowercased() }
        #expect(tech.contains { $0.contains("pantalla") || $0.contains("sonido") || $0.contains("se cayó") })
        #expect(tech.contains { $0.contains("sem som") || $0.contains("travando") })
        let feedback = Self.feedbackSample.map { $0.text.lowercased() }
        #expect(feedback.contains { $0.contains("canción") || $0.contains("anuncios") || $0.contains("cuánto") })
    }

    @Test func supportsOnlyTheBuiltInTaxonomiesWithTemplates() throws {
        #expect(SyntheticDataGenerator.supports(.techIssues))
        #expect(SyntheticDataGenerator.supports(.feedback))
        let custom = try Taxonomy(name: "sentiment", labels: ["pos", "neg"])
        #expect(!SyntheticDataGenerator.supports(custom))
        // Same name as a built-in, other labels: the templates would not fit.
        let impostor = try Taxonomy(name: "tech-issues", labels: ["nenhum", "outro"])
        #expect(!SyntheticDataGenerator.supports(impostor))
    }

    @Test func unsupportedTaxonomyThrowsNamingTheBuiltInOnes() throws {
        let custom = try Taxonomy(name: "sentiment", labels: ["pos", "neg"])
        do {
            _ = try SyntheticDataGenerator(taxonomy: custom, seed: 1)
            Issue.record("expected an error for an unsupported taxonomy")
        } catch {
            #expect(error.code == .invalidArgument)
            #expect(error.message.contains("sentiment"))
            #expect(error.message.contains("tech-issues") && error.message.contains("feedback"))
        }
    }
}
