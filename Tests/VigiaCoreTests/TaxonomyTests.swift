import Testing
import VigiaCore

@Suite struct TaxonomyTests {
    @Test func builtInTechIssuesHasTheContractLabels() {
        #expect(Taxonomy.techIssues.labels.count == 14)
        #expect(Taxonomy.techIssues.topLevels == ["nenhum", "audio", "video", "rede"])
    }

    @Test func topLevelIsThePartBeforeTheFirstDot() {
        #expect(Taxonomy.topLevel(of: "audio.sem_som") == "audio")
        #expect(Taxonomy.topLevel(of: "a.b.c") == "a")
        #expect(Taxonomy.topLevel(of: "spam") == "spam")
    }

    @Test func rejectsInvalidLabelIds() {
        #expect(throws: VigiaError.self) { try Taxonomy(name: "x", labels: ["Audio"]) }
        #expect(throws: VigiaError.self) { try Taxonomy(name: "x", labels: ["a..b"]) }
        #expect(throws: VigiaError.self) { try Taxonomy(name: "x", labels: ["a", "a"]) }
        #expect(throws: VigiaError.self) { try Taxonomy(name: "Bad Name", labels: ["a"]) }
    }

    @Test func deterministicRandomRepeatsFromItsSeed() {
        var a = DeterministicRandom(seed: 42)
        var b = DeterministicRandom(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var c = DeterministicRandom(seed: 7)
        #expect((0..<1000).allSatisfy { _ in (0..<10).contains(c.below(10)) })
    }
}
